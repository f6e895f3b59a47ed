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
import java.util.Collection;
import java.util.Map;

/**
 * How the embedded server's documents are kept in its data file: as BSON, the form they arrive in over the wire.
 * <p>
 * H2's default {@link ObjectDataType} writes a document with Java serialisation: a new object stream, its class
 * descriptors and a deep walk per document, every time a page of documents is written. That was about 40% of the
 * embedded server's CPU while the views were rebuilt (JFR, view benchmark). BSON through the server's own encoder
 * and decoder is what every document already survives on the wire, so it round-trips exactly.
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

    @Override
    public int getMemory(Object value) {
        return value instanceof Document document ? estimate(document) : legacy.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
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
        // A BSON document starts with its own length, little-endian, counting the length itself. The decoder copies
        // every value it reads, so it can read the page's own bytes, without a copy of the document first.
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
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
