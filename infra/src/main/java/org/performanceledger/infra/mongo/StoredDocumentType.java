package org.performanceledger.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * How the embedded server's documents are kept in its data file: as BSON, the form they arrive in over the wire.
 * <p>
 * H2's default {@link ObjectDataType} writes a document with Java serialisation: a new object stream, its class
 * descriptors and a deep walk per document, every time a page of documents is written. That was about 40% of the
 * embedded server's CPU while the views were rebuilt (JFR, view benchmark). BSON through the server's own encoder
 * and decoder is what every document already survives on the wire, so it round-trips exactly.
 * <p>
 * A page read from the file keeps each document's BSON as it is ({@link Encoded}), decoded only when that document is
 * asked for ({@link #documentOf}): a page holds dozens of documents, and a read of one (a report reads some hundred
 * year documents by {@code _id}, each on a page of its neighbours) used to decode every one of them into maps. Kept as
 * bytes, a page also takes a fraction of the page cache it took as maps, so the cache holds several times the
 * documents (ADR 26).
 * <p>
 * Documents written by earlier versions stay readable: they begin with one of {@link ObjectDataType}'s tags, which
 * never reach {@value #BSON_DOCUMENT}, and are read by it; they are written as BSON the next time their page is.
 */
final class StoredDocumentType extends BasicDataType<Object> {

    /** Above every tag {@link ObjectDataType} writes (its last is 119, a byte array of 15). */
    static final int BSON_DOCUMENT = 0xC0;

    /**
     * Where a document is encoded before it is copied into the page, one per thread that writes pages (H2's
     * serialisation thread, a committing thread): a buffer made and grown for every document was a tenth of what the
     * ledger allocated while its views caught up (JFR), all of it garbage at once.
     */
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(64 * 1024));
    private static final int LARGEST_KEPT_BUFFER = 1024 * 1024;

    private final ObjectDataType legacy = new ObjectDataType();

    /**
     * A stored document as its BSON, read from a page and not yet decoded; never changed once made. A document put
     * into the map stays a {@link Document} until its page is read from the file again.
     */
    record Encoded(byte[] bytes) {

        /** Where a stand-in holds the document: a name no stored field can have (BSON names end at a zero byte). */
        private static final String STAND_IN = "\u0000stored";

        Document decoded() {
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        }

        /**
         * The document with its top-level {@code fields} alone, the others skipped unread: what an inclusion
         * projection of those fields makes of the whole document, without decoding the rest. Each field found is
         * copied as it is stored and decoded by the server's own decoder, so its value is the one a full decoding
         * gives.
         */
        Document only(Set<String> fields) {
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuf kept = Unpooled.buffer(64);
            kept.writeIntLE(0);
            int position = 4;
            while (bytes[position] != 0) {
                int start = position;
                byte type = bytes[position];
                int nameEnd = position + 1;
                while (bytes[nameEnd] != 0) {
                    nameEnd++;
                }
                String name = new String(bytes, position + 1, nameEnd - position - 1, StandardCharsets.UTF_8);
                position = nameEnd + 1 + valueLength(type, in, nameEnd + 1);
                if (fields.contains(name)) {
                    kept.writeBytes(bytes, start, position - start);
                }
            }
            kept.writeByte(0);
            kept.setIntLE(0, kept.writerIndex());
            return BsonDecoder.decodeBson(kept);
        }

        /**
         * What a collection hands the server in this document's place when all the server needs of it is its
         * {@code _id}, and the answer goes to the wire as it is ({@link StoredBsonReplies}).
         */
        Document standIn() {
            Document standIn = only(Set.of("_id"));
            standIn.put(STAND_IN, this);
            return standIn;
        }

        /** The stored bytes {@code document} stands in for; null when it is a document of its own. */
        static byte[] bytesOfStandIn(Map<String, ?> document) {
            return document.size() == 2 && document.get(STAND_IN) instanceof Encoded encoded ? encoded.bytes() : null;
        }

        /** How many bytes the value of BSON {@code type} starting at {@code at} takes. */
        private int valueLength(byte type, ByteBuffer in, int at) {
            return switch (type) {
                case 0x01, 0x09, 0x11, 0x12 -> 8; // double, date, timestamp, int64
                case 0x02, 0x0D, 0x0E -> 4 + in.getInt(at); // string, JavaScript, symbol: length, then UTF-8
                case 0x03, 0x04, 0x0F -> in.getInt(at); // document, array, code with scope: their own length
                case 0x05 -> 5 + in.getInt(at); // binary: length, subtype, bytes
                case 0x06, 0x0A, (byte) 0xFF, 0x7F -> 0; // undefined, null, min key, max key
                case 0x07 -> 12; // object id
                case 0x08 -> 1; // boolean
                case 0x0B -> { // regular expression: pattern and options, each a C string
                    int end = at;
                    for (int strings = 0; strings < 2; end++) {
                        if (bytes[end] == 0) {
                            strings++;
                        }
                    }
                    yield end - at;
                }
                case 0x0C -> 4 + in.getInt(at) + 12; // DB pointer: a string and an object id
                case 0x10 -> 4; // int32
                case 0x13 -> 16; // decimal128
                default -> throw new IllegalStateException("Unknown BSON type " + type + " in a stored document");
            };
        }
    }

    /** The document a map of this type holds as {@code stored}: a {@link Document}, or {@link Encoded} decoded now. */
    static Document documentOf(Object stored) {
        return stored instanceof Encoded bson ? bson.decoded() : (Document) stored;
    }

    @Override
    public int getMemory(Object value) {
        if (value instanceof Encoded bson) {
            // The record and the array's headers and reference.
            return 32 + bson.bytes().length;
        }
        return value instanceof Document document ? estimate(document) : legacy.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof Encoded bson) {
            // A page rewritten (its chunk compacted, a neighbour changed) copies what it read, without a round trip.
            buffer.put((byte) BSON_DOCUMENT);
            buffer.put(bson.bytes());
            return;
        }
        if (!(value instanceof Document document)) {
            legacy.write(buffer, value);
            return;
        }
        ByteBuf bson = ENCODING.get();
        bson.clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
            buffer.put((byte) BSON_DOCUMENT);
            buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
        } finally {
            if (bson.capacity() > LARGEST_KEPT_BUFFER) {
                // An unusually large document: not kept for the thread's life.
                ENCODING.remove();
                bson.release();
            }
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if ((buffer.get(buffer.position()) & 0xFF) != BSON_DOCUMENT) {
            return legacy.read(buffer);
        }
        buffer.get();
        // A BSON document starts with its own length, little-endian, counting the length itself. Copied out of the
        // page's buffer, which is the whole chunk's, so that the page cache holds this document's bytes alone.
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] bson = new byte[length];
        buffer.get(bson);
        return new Encoded(bson);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    /**
     * Roughly what a document takes on the heap, for the page cache's accounting ({@code ledger.embedded-mongo
     * .cache-mb}): a walk that counts entries and characters, far cheaper than encoding the document.
     */
    static int estimate(Object value) {
        if (value instanceof Map<?, ?> map) {
            int bytes = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 48 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> values) {
            int bytes = 40;
            for (Object element : values) {
                bytes += 8 + estimate(element);
            }
            return bytes;
        }
        if (value instanceof CharSequence text) {
            return 48 + text.length();
        }
        if (value instanceof byte[] bytes) {
            return 24 + bytes.length;
        }
        return 24;
    }
}
