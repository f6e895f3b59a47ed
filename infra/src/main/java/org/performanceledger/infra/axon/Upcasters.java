package org.performanceledger.infra.axon;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.List;

/** Every upcaster the ledger has, oldest first: how each earlier revision of a stored event reads today. */
public final class Upcasters {

    private Upcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new IndicatorRegisteredUpcaster());
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all());
    }
}
