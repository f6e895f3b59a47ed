package org.performanceledger.infra.web.pages;

import org.performanceledger.application.views.Views;
import org.performanceledger.infra.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ledger running on a free port, as the README starts it (demo profile: the four demo users), with an empty
 * data directory of its own and no demo data. Every test class of the pages extends this, so they share one
 * running application (one Spring context), whichever of them runs first starting it.
 * <p>
 * {@code server.forward-headers-strategy=native} lets a test say "this request came over TLS" with
 * {@code X-Forwarded-Proto: https}, as a TLS-ending proxy does; {@link PagesForTests} adds pages that exist only
 * in the tests (one that fails, one that shows every form field).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false",
                "server.forward-headers-strategy=native"})
@ActiveProfiles("demo")
@Import(PagesForTests.class)
abstract class RunningLedger {

    @LocalServerPort
    private int port;
    /** The views' progress: tests wait on it for what the views show. */
    @Autowired
    Views views;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("pages").toString());
    }

    /** The application's address, without a trailing slash: {@code http://localhost:port}. */
    String baseUrl() {
        return "http://localhost:" + port;
    }
}
