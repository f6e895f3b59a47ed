package org.performanceledger.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.performanceledger.events.IndicatorRegistered;

/**
 * Revision 1 of {@link IndicatorRegistered} held short name, description and polarity beside the code; revision 2
 * holds a whole definition. Old events read as a definition with those three, monthly, on the financial year.
 */
final class IndicatorRegisteredUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(IndicatorRegistered.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(IndicatorRegistered.class.getName(), "2"),
                JsonNode.class, IndicatorRegisteredUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode old = (ObjectNode) revision1;
        ObjectNode upcast = old.objectNode();
        upcast.set("organisationId", old.get("organisationId"));
        upcast.set("code", old.get("code"));
        ObjectNode definition = upcast.putObject("definition");
        definition.set("shortName", old.get("shortName"));
        definition.set("description", old.get("description"));
        definition.set("polarity", old.get("polarity"));
        definition.put("frequency", "MONTHLY");
        definition.put("yearBasis", "FINANCIAL");
        upcast.putNull("recodedFrom");
        return upcast;
    }
}
