package org.performanceledger.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration answers 201 once the views hold what it created: a client reading the Location straight after,
 * with no waiting, finds it (the README's "register an indicator", then "read it back").
 */
class CreatedResourcesTest extends RunningApi {

    @Autowired
    private TestRestTemplate http;

    @Test
    void anOrganisationCanBeReadAtItsLocationStraightAfterItIsRegistered() {
        ResponseEntity<JsonNode> created = http.withBasicAuth("admin", "demo").postForEntity("/api/organisations",
                Map.of("id", "read-back", "name", "Read Back Borough Council"), JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> read = http.withBasicAuth("auditor", "demo")
                .getForEntity(created.getHeaders().getLocation(), JsonNode.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("name").asText()).isEqualTo("Read Back Borough Council");
    }

    @Test
    void anIndicatorCanBeReadAtItsLocationStraightAfterItIsRegistered() {
        HttpStatusCode southend = http.withBasicAuth("admin", "demo").postForEntity("/api/organisations",
                Map.of("id", "southend", "name", "Southend-on-Sea Borough Council"), JsonNode.class).getStatusCode();
        assertThat(southend).as("registered now, or by another test before").isIn(HttpStatus.CREATED,
                HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> created = http.withBasicAuth("performance", "demo").postForEntity(
                "/api/organisations/southend/indicators", Map.of("code", "RB 1",
                        "shortName", "Adults helped to live at home", "polarity", "MAXIMISE"), JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        URI location = created.getHeaders().getLocation();
        ResponseEntity<JsonNode> read = http.withBasicAuth("scrutiny", "demo").getForEntity(location, JsonNode.class);
        assertThat(read.getStatusCode()).as("GET " + location).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("shortName").asText()).isEqualTo("Adults helped to live at home");
    }
}
