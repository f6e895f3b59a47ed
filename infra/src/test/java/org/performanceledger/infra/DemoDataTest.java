package org.performanceledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the README's run command does on a first start: the demo profile loads the three organisations of the source
 * documents through the import, and a second start loads nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off"})
@ActiveProfiles("demo")
class DemoDataTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase ledger;
    @Autowired
    private ApplicationContext context;

    private JsonNode register(String organisation, int size) {
        // The auditor reads every organisation; scrutiny only Southend.
        return await().atMost(Duration.ofSeconds(30)).until(() -> http.withBasicAuth("auditor", "demo")
                        .getForObject("/api/organisations/{org}/indicators", JsonNode.class, organisation),
                register -> register != null && register.isArray() && register.size() == size);
    }

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("demo-data").toString());
    }

    @Test
    void theFirstStartLoadsEachSourceDocumentsOrganisationAndTheSecondNothing() throws Exception {
        // The projections catch up after the start; wait for each register to reach its size.
        assertThat(register("slough-childrens-trust", 27)).hasSize(27);
        assertThat(register("kent", 19)).hasSize(19);
        assertThat(register("southend", 29)).hasSize(29);

        long events = ledger.getCollection("events").countDocuments();
        ApplicationRunner demoData = (ApplicationRunner) context.getBean("demoData");
        demoData.run(new DefaultApplicationArguments());
        assertThat(ledger.getCollection("events").countDocuments()).isEqualTo(events);
    }
}
