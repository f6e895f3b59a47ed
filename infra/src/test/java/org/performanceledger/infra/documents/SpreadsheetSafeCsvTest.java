package org.performanceledger.infra.documents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeCsvTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil\",\"Click\")", "'=HYPERLINK(\"http://evil\",\"Click\")"),
                Arguments.of("@SUM(A1:A9)", "'@SUM(A1:A9)"),
                Arguments.of("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("-1.5", "-1.5"),
                Arguments.of("+44", "+44"),
                Arguments.of("Council tax £1,234", "Council tax £1,234"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void aCellASpreadsheetWouldRunIsWrittenAsText(String cell, String written) {
        assertThat(SpreadsheetSafeCsv.neutralised(cell)).isEqualTo(written);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo() {
        assertThat(SpreadsheetSafeCsv.neutralised("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetSafeCsv.neutralised("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void theFileStartsWithAByteOrderMarkThenItsPreambleAndHeader() {
        String text = SpreadsheetSafeCsv.withPreambleAndHeader(List.of("As published to Cabinet"), "Code", "Value")
                .row("CP 1.2", "=1+1").row("CP 1.3", null).text();

        assertThat(text).startsWith("\uFEFFAs published to Cabinet\r\nCode,Value\r\n");
        assertThat(text.lines().toList()).containsExactly("\uFEFFAs published to Cabinet", "Code,Value",
                "CP 1.2,'=1+1", "CP 1.3,");
    }
}
