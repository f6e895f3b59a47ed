package org.performanceledger.query;

import com.mongodb.MongoClientSettings;
import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;

import java.math.BigDecimal;

/**
 * How read-model records become BSON and back: the driver's own record codec ({@code bson-record-codec}; a record
 * component named with {@code @BsonId} is the {@code _id}; null components are left out, so absent fields cost
 * nothing), enums by name, instants as BSON dates (millisecond precision, as event timestamps are read back), and
 * every {@link BigDecimal} as its exact decimal text ({@link BigDecimal#toString()}).
 * <p>
 * Numbers are text rather than Decimal128 on purpose: the text keeps the value and its scale exactly (7.20 stays
 * 7.20, 1E+3 stays 1E+3) with no 34-digit limit, and the read models never compare or sum numbers in a query; they
 * only hand them back as they were recorded.
 */
public final class ViewCodecs {

    /** The registry every view collection is read and written with. */
    public static final CodecRegistry REGISTRY = CodecRegistries.fromRegistries(
            CodecRegistries.fromCodecs(new DecimalAsText()), MongoClientSettings.getDefaultCodecRegistry());

    private ViewCodecs() {
    }

    /** A {@link BigDecimal} as a BSON string of its exact decimal text. */
    static final class DecimalAsText implements Codec<BigDecimal> {

        @Override
        public void encode(BsonWriter writer, BigDecimal value, EncoderContext context) {
            writer.writeString(value.toString());
        }

        @Override
        public BigDecimal decode(BsonReader reader, DecoderContext context) {
            return new BigDecimal(reader.readString());
        }

        @Override
        public Class<BigDecimal> getEncoderClass() {
            return BigDecimal.class;
        }
    }
}
