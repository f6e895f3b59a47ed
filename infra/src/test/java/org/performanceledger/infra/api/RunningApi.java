package org.performanceledger.infra.api;

import org.performanceledger.infra.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ledger running on a free port for the tests of the API as a client sees it (its errors, its description, the
 * fuzz test): the demo and group users, signed in with cheap password hashes (profile quick-sign-in), an empty data
 * directory of its own and no demo data. Every test class extending this shares one running ledger, so each sets up
 * what it needs without assuming it is first (an organisation may be registered already).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles({"demo", "quick-sign-in"})
public abstract class RunningApi {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("api").toString());
    }

    protected int port() {
        return port;
    }
}
