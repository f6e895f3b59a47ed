package org.performanceledger.infra.web.pages.charts;

import org.junit.jupiter.api.Test;
import org.performanceledger.infra.web.pages.charts.ValueTargetChart.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart's SVG: well-formed, named for screen readers, each figure where its scale puts it. */
class ValueTargetChartTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        NodeList texts = svg.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        return words;
    }

    private static Point point(String label, String value, String target) {
        return new Point(label, value == null ? null : new BigDecimal(value),
                target == null ? null : new BigDecimal(target), null, null);
    }

    @Test
    void aChartIsAnImageNamedByItsTitleAndDescriptionWithItsAxesLabelledAndItsTextEscaped() throws Exception {
        String svg = ValueTargetChart.svg("cp-5-4", "CP 5.4 <Sickness> & \"absence\": value against target",
                "From April 2018 to June 2018", "Value (days)",
                List.of(point("Apr 18", "0.55", "0.51"), point("May 18", "1.19", "1.10"),
                        point("Jun 18", "1.83", "1.65")));

        Document chart = parse(svg);
        Element root = chart.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("cp-5-4-title cp-5-4-desc");
        assertThat(chart.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("CP 5.4 <Sickness> & \"absence\": value against target");
        assertThat(chart.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("From April 2018 to June 2018");
        assertThat(texts(chart)).contains("Value (days)", "Period", "Apr 18", "May 18", "Jun 18", "Value", "Target")
                .contains("0", "0.5", "1", "1.5", "2").doesNotContain("Target or expected range");
        assertThat(svg).doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void valuesAreASolidLineBrokenWhereAPeriodHasNoneAndTheTargetADashedLine() throws Exception {
        Document chart = parse(ValueTargetChart.svg("c", "t", "d", "Value", List.of(point("Jan", "10", "12"),
                point("Feb", "11", "12"), point("Mar", null, "12"), point("Apr", "14", "12"),
                point("May", "15", "12"))));

        NodeList lines = chart.getElementsByTagName("polyline");
        List<Element> values = new ArrayList<>();
        List<Element> targets = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            (line.hasAttribute("stroke-dasharray") ? targets : values).add(line);
        }
        assertThat(values).as("two runs of values around the gap").hasSize(2);
        assertThat(values).allSatisfy(line -> assertThat(line.getAttribute("points").split(" ")).hasSize(2));
        assertThat(targets).singleElement().satisfies(line ->
                assertThat(line.getAttribute("points").split(" ")).hasSize(5));
        assertThat(chart.getElementsByTagName("circle").getLength()).as("a marker per value and in the legend")
                .isEqualTo(4 + 1);
        // Higher values are higher up: 15 (May) is drawn above 10 (January).
        String[] first = values.get(0).getAttribute("points").split(" ")[0].split(",");
        String[] last = values.get(1).getAttribute("points").split(" ")[1].split(",");
        assertThat(Double.parseDouble(last[1])).isLessThan(Double.parseDouble(first[1]));
    }

    @Test
    void aRangeIsABandAndItsScaleCoversEveryFigure() throws Exception {
        Document chart = parse(ValueTargetChart.svg("c", "t", "d", "Value", List.of(
                new Point("Q1", new BigDecimal("57"), null, new BigDecimal("60"), new BigDecimal("67")),
                new Point("Q2", new BigDecimal("70"), null, new BigDecimal("60"), new BigDecimal("67")))));

        assertThat(chart.getElementsByTagName("rect").getLength()).as("a band per period, and the legend's")
                .isEqualTo(3);
        assertThat(texts(chart)).contains("Target or expected range").doesNotContain("Target");
        ValueTargetChart.Scale scale = ValueTargetChart.Scale.of(List.of(new BigDecimal("57"), new BigDecimal("70")));
        assertThat(scale.low()).isLessThanOrEqualTo(new BigDecimal("57"));
        assertThat(scale.high()).isGreaterThanOrEqualTo(new BigDecimal("70"));
        assertThat(scale.ticks()).hasSizeBetween(3, 8);
    }

    @Test
    void aScaleOfPositiveFiguresNearZeroStartsAtZeroInRoundSteps() {
        ValueTargetChart.Scale scale = ValueTargetChart.Scale.of(List.of(new BigDecimal("0.5"),
                new BigDecimal("7.2")));

        assertThat(scale.low()).isEqualByComparingTo("0");
        assertThat(scale.step()).isEqualByComparingTo("2");
        assertThat(scale.high()).isEqualByComparingTo("8");
    }
}
