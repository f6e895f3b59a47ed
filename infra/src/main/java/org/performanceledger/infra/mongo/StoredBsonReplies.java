package org.performanceledger.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.OpCode;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers to {@code find} that send each whole document as the BSON it is stored as, without decoding it into maps
 * and encoding those again: that round trip was about half of what the embedded server did for a report of a random
 * council (JFR, docs/performance.md), and every document it decoded was garbage as soon as it was sent.
 * <p>
 * While the server answers a {@code find} ({@link #duringFind}), a collection hands a document read from the file
 * ({@link StoredDocumentType.Encoded}) to the server as a stand-in ({@link StoredDocumentType.Encoded#standIn}):
 * its {@code _id} and, under a name no stored field can have, its bytes. It does so only where the server needs
 * nothing of a document but its {@code _id}: a query on {@code _id} alone, no projection, no sort
 * ({@code LedgerH2Collection}). The server matches the stand-ins by {@code _id} and puts them in the answer's batch,
 * or keeps them in the cursor for the next; this encoder, which takes the place of the server's on each connection
 * ({@link #install}), writes each stand-in as its stored bytes. BSON stored by the server is what its encoder wrote,
 * so the bytes sent are the bytes the server would have sent.
 */
final class StoredBsonReplies extends MongoWireMessageEncoder {

    private static final ThreadLocal<Boolean> ANSWERING_FIND = new ThreadLocal<>();

    private StoredBsonReplies() {
    }

    /** Puts this encoder in place of the server's on {@code channel}, once; true when it is in place. */
    static boolean install(Channel channel) {
        if (channel == null) {
            return false;
        }
        if (channel.pipeline().get(StoredBsonReplies.class) == null
                && channel.pipeline().get(MongoWireMessageEncoder.class) != null) {
            channel.pipeline().replace(MongoWireMessageEncoder.class, "stored-bson-replies", new StoredBsonReplies());
        }
        // Only when this encoder writes the connection's OP_MSG replies may a find hand out stand-ins: a server
        // whose pipeline is laid out otherwise (another version) answers with whole documents, slower but right.
        return channel.pipeline().get(StoredBsonReplies.class) != null;
    }

    /** Runs {@code find}'s handling, during which a collection may hand out stand-ins. */
    static <T> T duringFind(Supplier<T> find) {
        ANSWERING_FIND.set(Boolean.TRUE);
        try {
            return find.get();
        } finally {
            ANSWERING_FIND.remove();
        }
    }

    /** Whether this thread is answering a {@code find} whose documents go straight to the wire. */
    static boolean answeringFind() {
        return ANSWERING_FIND.get() != null;
    }

    /** As the server's encoder writes an OP_MSG, with stand-ins written as their stored bytes. */
    @Override
    protected void encode(ChannelHandlerContext context, MongoMessage message, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        out.writeIntLE(message.getHeader().getRequestID());
        out.writeIntLE(message.getHeader().getResponseTo());
        out.writeIntLE(OpCode.OP_MSG.getId());
        out.writeIntLE(message.getFlags());
        out.writeByte(MongoMessage.SECTION_KIND_BODY);
        try {
            encodeDocument(message.getDocument(), out);
        } catch (RuntimeException e) {
            context.channel().close();
            throw e;
        }
        out.setIntLE(start, out.writerIndex() - start);
    }

    /** As {@link BsonEncoder#encodeDocument}, looking for stand-ins in documents and arrays. */
    static void encodeDocument(Map<String, ?> document, ByteBuf out) {
        byte[] stored = StoredDocumentType.Encoded.bytesOfStandIn(document);
        if (stored != null) {
            out.writeBytes(stored);
            return;
        }
        int start = out.writerIndex();
        out.writeIntLE(0);
        for (Map.Entry<String, ?> field : document.entrySet()) {
            encodeField(field.getKey(), field.getValue(), out);
        }
        out.writeByte(0);
        out.setIntLE(start, out.writerIndex() - start);
    }

    @SuppressWarnings("unchecked")
    private static void encodeField(String name, Object value, ByteBuf out) {
        byte type = BsonEncoder.determineType(value);
        out.writeByte(type);
        out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        out.writeByte(0);
        if (value instanceof Map<?, ?> document) {
            encodeDocument((Map<String, ?>) document, out);
        } else if (value instanceof List<?> array) {
            // As the server's encoder writes an array: a document keyed "0", "1", ...
            int start = out.writerIndex();
            out.writeIntLE(0);
            for (int i = 0; i < array.size(); i++) {
                encodeField(String.valueOf(i), array.get(i), out);
            }
            out.writeByte(0);
            out.setIntLE(start, out.writerIndex() - start);
        } else {
            BsonEncoder.encodeValue(type, value, out);
        }
    }
}
