package org.performanceledger.infra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The keys of the embedded server's unique indexes ({@code _id} of every collection, the event store's
 * {@code aggregateKey}): a {@link KeyValue} of the indexed fields' values, compared field by field.
 * <p>
 * H2's default type can only order a {@link KeyValue} (not {@link Comparable}) by Java-serialising both keys and
 * comparing the bytes, at every step of every B-tree search: about 11% of the embedded server's CPU while the views
 * were rebuilt (JFR). Here keys of the same classes compare by their values ({@code String.compareTo}, ...), others
 * by class name and then by their BSON, and a key is stored as a count and each value's BSON type and value.
 * <p>
 * The unique indexes are only ever searched for equal keys, so any consistent order serves. An index whose keys an
 * earlier version wrote is in the old order, though, and must be rewritten once before it is searched in this one:
 * {@link #sawLegacyKeys} tells {@link StorageFormat} which indexes those are.
 */
final class IndexKeyType extends BasicDataType<Object> {

    /** Above every tag {@link ObjectDataType} writes, and beside {@link StoredDocumentType}'s. */
    static final int KEY_VALUE = 0xC1;
    private static final byte MISSING = 0;
    private static final byte PRESENT = 1;

    private final ObjectDataType legacy = new ObjectDataType();
    private volatile boolean sawLegacyKeys;

    /** True once a key written by an earlier version (Java-serialised) has been read through this type. */
    boolean sawLegacyKeys() {
        return sawLegacyKeys;
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            int bySize = Integer.compare(left.size(), right.size());
            for (int i = 0; bySize == 0 && i < left.size(); i++) {
                bySize = compareValues(left.get(i), right.get(i));
            }
            return bySize;
        }
        return legacy.compare(a, b);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        return a.equals(b) ? 0 : Arrays.compare(bson(a), bson(b));
    }

    private static byte[] bson(Object value) {
        ByteBuf buffer = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(Map.of("v", value), buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } finally {
            buffer.release();
        }
    }

    @Override
    public int getMemory(Object key) {
        if (!(key instanceof KeyValue values)) {
            return legacy.getMemory(key);
        }
        int bytes = 48;
        for (Object value : values) {
            bytes += 16 + StoredDocumentType.estimate(value);
        }
        return bytes;
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (!(key instanceof KeyValue values)) {
            legacy.write(buffer, key);
            return;
        }
        ByteBuf encoded = Unpooled.buffer(64);
        try {
            for (Object value : values) {
                if (value instanceof Missing) {
                    encoded.writeByte(MISSING);
                } else {
                    byte type = BsonEncoder.determineType(value);
                    encoded.writeByte(PRESENT).writeByte(type);
                    BsonEncoder.encodeValue(type, value, encoded);
                }
            }
            buffer.put((byte) KEY_VALUE).putVarInt(values.size()).putVarInt(encoded.readableBytes());
            buffer.put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), encoded.readableBytes());
        } finally {
            encoded.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if ((buffer.get(buffer.position()) & 0xFF) != KEY_VALUE) {
            sawLegacyKeys = true;
            return legacy.read(buffer);
        }
        buffer.get();
        int count = DataUtils.readVarInt(buffer);
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        ByteBuf encoded = Unpooled.wrappedBuffer(bytes);
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (encoded.readByte() == MISSING) {
                values.add(Missing.getInstance());
            } else {
                values.add(BsonDecoder.decodeValue(encoded.readByte(), encoded));
            }
        }
        return new KeyValue(values);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
