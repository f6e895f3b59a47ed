package org.performanceledger.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.internal.MongoClientImpl;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.api.RunningApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's MongoDB client as the running ledger makes it.
 */
class LedgerMongoClientTest extends RunningApi {

    @Autowired
    private MongoClient client;

    @Test
    void sendsNoCommandEventsForNobodyReadsThem() {
        // The ledger publishes no metrics (only health and info are exposed), and a command listener makes the
        // driver copy every reply whole to tell it: 5 MB for a 1,000-indicator report's year documents.
        assertThat(((MongoClientImpl) client).getSettings().getCommandListeners()).isEmpty();
    }
}
