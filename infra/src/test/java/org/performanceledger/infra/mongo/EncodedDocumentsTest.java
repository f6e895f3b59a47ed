package org.performanceledger.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.bson.BsonRegularExpression;
import org.bson.RawBsonDocument;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;

import java.io.DataInputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents read back from the data file are kept as their BSON and decoded when asked for (StoredDocumentType); a
 * query on {@code _id} projecting top-level fields decodes those fields alone (LedgerH2Collection). Each answer must
 * be the one the whole decoded documents give.
 */
class EncodedDocumentsTest {

    private static final int DOCUMENTS = 300;

    @Test
    void documentsReadFromTheFileAnswerEveryQueryAsTheyDidWhenWritten() throws Exception {
        Path dataDir = TestData.freshDirectory("encoded-documents");
        List<Document> written = IntStream.range(0, DOCUMENTS).mapToObj(EncodedDocumentsTest::document).toList();
        List<String> asked = IntStream.range(0, DOCUMENTS).filter(i -> i % 7 == 3).mapToObj(EncodedDocumentsTest::id)
                .toList();
        Answers before;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            years(client).insertMany(written);
            before = answers(years(client), asked);
            server.flush();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoCollection<Document> years = years(client);
            Answers after = answers(years, asked);
            assertThat(after.whole()).as("whole documents, read from the file").isEqualTo(before.whole())
                    .hasSize(asked.size());
            assertThat(after.whole().get(0)).isEqualTo(written.get(3));
            assertThat(after.last()).as("the last field alone: every stored kind before it skipped")
                    .isEqualTo(before.last()).allSatisfy(only -> assertThat(only.keySet())
                            .containsExactly("_id", "last"));
            assertThat(after.last().get(1)).isEqualTo(new Document("_id", id(10)).append("last", "end of 10"));
            assertThat(after.several()).isEqualTo(before.several());
            assertThat(after.several().get(0)).isEqualTo(new Document("_id", id(3)).append("regex",
                    new BsonRegularExpression("^CP \\d+", "i")).append("decimal", Decimal128.parse("3.60"))
                    .append("lastChange", "event-3"));
            assertThat(after.dotted()).as("a path: the whole document decoded, then projected")
                    .isEqualTo(before.dotted());
            assertThat(after.excluded()).isEqualTo(before.excluded());
            assertThat(after.reversed()).isEqualTo(before.reversed());
            assertThat(after.inSmallBatches()).as("the rest of the answer kept in the cursor, sent by getMore")
                    .isEqualTo(before.inSmallBatches()).isEqualTo(before.whole());
            assertThat(after.one()).isEqualTo(before.one()).isEqualTo(written.get(10));
            assertThat(after.aggregated()).as("an aggregation's stages see whole documents, not stand-ins")
                    .isEqualTo(before.aggregated()).hasSize(asked.size())
                    .allSatisfy(projected -> assertThat(projected.keySet()).containsExactly("_id", "text"));

            // Changes to documents read from the file: replaced, updated in place, deleted.
            years.replaceOne(Filters.eq("_id", id(3)), document(1_003));
            years.updateOne(Filters.eq("_id", id(10)), new Document("$set", new Document("lastChange", "event-x")));
            years.deleteOne(Filters.eq("_id", id(17)));
            assertThat(years.find(Filters.in("_id", id(3), id(10), id(17)))
                    .projection(Projections.include("lastChange")).into(new ArrayList<>()))
                    .containsExactly(new Document("_id", id(3)).append("lastChange", "event-1003"),
                            new Document("_id", id(10)).append("lastChange", "event-x"));
            assertThat(years.countDocuments()).isEqualTo(DOCUMENTS - 1);
        }
    }

    @Test
    void onlyTopLevelInclusionsAreAnsweredFromTheSelectedFields() {
        assertThat(LedgerH2Collection.topLevelInclusion(new de.bwaldvogel.mongo.bson.Document("lastChange", 1)))
                .containsExactlyInAnyOrder("_id", "lastChange");
        assertThat(LedgerH2Collection.topLevelInclusion(new de.bwaldvogel.mongo.bson.Document("a", true)
                .append("b", 1.0))).containsExactlyInAnyOrder("_id", "a", "b");
        assertThat(LedgerH2Collection.topLevelInclusion(null)).isNull();
        assertThat(LedgerH2Collection.topLevelInclusion(new de.bwaldvogel.mongo.bson.Document())).isNull();
        assertThat(LedgerH2Collection.topLevelInclusion(new de.bwaldvogel.mongo.bson.Document("a", 0))).isNull();
        assertThat(LedgerH2Collection.topLevelInclusion(new de.bwaldvogel.mongo.bson.Document("a", 1)
                .append("_id", 0))).isNull();
        assertThat(LedgerH2Collection.topLevelInclusion(new de.bwaldvogel.mongo.bson.Document("a.b", 1))).isNull();
        assertThat(LedgerH2Collection.topLevelInclusion(new de.bwaldvogel.mongo.bson.Document("a",
                new de.bwaldvogel.mongo.bson.Document("$slice", 2)))).isNull();
    }

    @Test
    void aStoredDocumentKeepsItsBytesUntilAFieldOfItIsAskedFor() {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "org:CP 1:2019-20")
                .append("periods", new de.bwaldvogel.mongo.bson.Document("2019-04", List.of(1, 2)))
                .append("text", "Adults helped — 86.60%").append("count", 12L).append("lastChange", "event-9");
        ByteBuf buffer = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, buffer);
        StoredDocumentType.Encoded encoded = new StoredDocumentType.Encoded(ByteBufUtil.getBytes(buffer));

        assertThat(StoredDocumentType.documentOf(encoded)).isEqualTo(document);
        assertThat(StoredDocumentType.documentOf(document)).isSameAs(document);
        assertThat(encoded.only(Set.of("_id", "lastChange"))).isEqualTo(new de.bwaldvogel.mongo.bson.Document("_id",
                "org:CP 1:2019-20").append("lastChange", "event-9"));
        assertThat(encoded.only(Set.of("count", "text"))).isEqualTo(new de.bwaldvogel.mongo.bson.Document("text",
                "Adults helped — 86.60%").append("count", 12L));
        assertThat(encoded.only(Set.of("absent"))).isEmpty();
        assertThat(new StoredDocumentType().getMemory(encoded)).isLessThan(StoredDocumentType.estimate(document));
    }

    @Test
    void aReplyCarriesAStandInAsTheBytesItStandsFor() {
        de.bwaldvogel.mongo.bson.Document stored = new de.bwaldvogel.mongo.bson.Document("_id", "org:CP 2:2019-20")
                .append("periods", new de.bwaldvogel.mongo.bson.Document("2019-05", List.of(3.5, "TBC")))
                .append("lastChange", "event-12");
        ByteBuf storedBytes = Unpooled.buffer();
        BsonEncoder.encodeDocument(stored, storedBytes);
        de.bwaldvogel.mongo.bson.Document standIn = new StoredDocumentType.Encoded(ByteBufUtil.getBytes(storedBytes))
                .standIn();
        assertThat(standIn.get("_id")).isEqualTo("org:CP 2:2019-20");

        ByteBuf expected = Unpooled.buffer();
        BsonEncoder.encodeDocument(reply(stored), expected);
        ByteBuf sent = Unpooled.buffer();
        StoredBsonReplies.encodeDocument(reply(standIn), sent);
        assertThat(ByteBufUtil.getBytes(sent)).isEqualTo(ByteBufUtil.getBytes(expected));
        assertThat(ByteBufUtil.getBytes(sent)).as("the encoder itself, for a reply with no stand-in")
                .isEqualTo(ByteBufUtil.getBytes(encodedByStoredBsonReplies(reply(stored))));
    }

    @Test
    void aFindInTheLegacyWireFormatGetsWholeDocumentsFromTheFile() throws Exception {
        Path dataDir = TestData.freshDirectory("encoded-documents-legacy");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            years(client).insertMany(IntStream.range(0, 20).mapToObj(EncodedDocumentsTest::document).toList());
            server.flush();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"));
             Socket socket = new Socket("127.0.0.1", server.port())) {
            // A find of today's drivers (OP_MSG) on the same server first: its connections carry stand-ins.
            assertThat(years(client).find(Filters.eq("_id", id(4))).first()).isEqualTo(document(4));

            // An old tool's find: OP_QUERY on $cmd, answered as OP_REPLY by the server's own encoder.
            RawBsonDocument command = RawBsonDocument.parse("{find: 'years', filter: {_id: '" + id(4)
                    + "'}}");
            byte[] collection = "ledger.$cmd\u0000".getBytes(StandardCharsets.UTF_8);
            ByteBuffer request = ByteBuffer.allocate(16 + 4 + collection.length + 8 + command.getByteBuffer()
                    .remaining()).order(ByteOrder.LITTLE_ENDIAN);
            request.putInt(request.capacity()).putInt(1).putInt(0).putInt(2004).putInt(0).put(collection).putInt(0)
                    .putInt(-1).put(command.getByteBuffer().asNIO());
            socket.getOutputStream().write(request.array());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] length = in.readNBytes(4);
            ByteBuffer reply = ByteBuffer.allocate(ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getInt())
                    .order(ByteOrder.LITTLE_ENDIAN).put(length);
            in.readFully(reply.array(), 4, reply.capacity() - 4);
            assertThat(reply.getInt(12)).as("OP_REPLY").isEqualTo(1);
            RawBsonDocument answer = new RawBsonDocument(reply.array(), 36, reply.capacity() - 36);
            assertThat(answer.getNumber("ok").intValue()).isEqualTo(1);
            assertThat(answer.getDocument("cursor").getArray("firstBatch").get(0).asDocument().getString("text")
                    .getValue()).isEqualTo(document(4).getString("text"));
        }
    }

    private static ByteBuf encodedByStoredBsonReplies(de.bwaldvogel.mongo.bson.Document document) {
        ByteBuf out = Unpooled.buffer();
        StoredBsonReplies.encodeDocument(document, out);
        return out;
    }

    /** A find's reply as the server builds it, with {@code document} and one more in its first batch. */
    private static de.bwaldvogel.mongo.bson.Document reply(de.bwaldvogel.mongo.bson.Document document) {
        de.bwaldvogel.mongo.bson.Document other = new de.bwaldvogel.mongo.bson.Document("_id", "org:CP 3:2019-20")
                .append("flag", true);
        return new de.bwaldvogel.mongo.bson.Document("cursor", new de.bwaldvogel.mongo.bson.Document("id", 0L)
                .append("ns", "ledger.years").append("firstBatch", List.of(document, other))).append("ok", 1.0);
    }

    /**
     * What is asked: whole documents, top-level fields, a path, an exclusion, the map's order reversed, whole
     * documents a few at a time, one by its id, and an aggregation on {@code _id}.
     */
    private record Answers(List<Document> whole, List<Document> last, List<Document> several, List<Document> dotted,
                           List<Document> excluded, List<Document> reversed, List<Document> inSmallBatches,
                           Document one, List<Document> aggregated) {
    }

    private static Answers answers(MongoCollection<Document> years, List<String> ids) {
        return new Answers(years.find(Filters.in("_id", ids)).into(new ArrayList<>()),
                years.find(Filters.in("_id", ids)).projection(Projections.include("last")).into(new ArrayList<>()),
                years.find(Filters.in("_id", ids)).projection(Projections.include("lastChange", "decimal", "regex"))
                        .into(new ArrayList<>()),
                years.find(Filters.in("_id", ids)).projection(Projections.include("nested.values"))
                        .into(new ArrayList<>()),
                years.find(Filters.in("_id", ids)).projection(Projections.exclude("nested", "text"))
                        .into(new ArrayList<>()),
                years.find().sort(Sorts.descending("$natural")).limit(5).into(new ArrayList<>()),
                years.find(Filters.in("_id", ids)).batchSize(4).into(new ArrayList<>()),
                years.find(Filters.eq("_id", id(10))).first(),
                years.aggregate(List.of(Aggregates.match(Filters.in("_id", ids)),
                        Aggregates.project(Projections.include("text")))).into(new ArrayList<>()));
    }

    private static MongoCollection<Document> years(MongoClient client) {
        return client.getDatabase("ledger").getCollection("years");
    }

    private static String id(int i) {
        return String.format("org:CP %03d:2019-20", i);
    }

    /** Every kind of value BSON has that a driver writes today, then the field read last. */
    private static Document document(int i) {
        return new Document("_id", id(i % 1_000)).append("double", i / 4.0).append("text", "Indicator " + i + " — 86%")
                .append("nested", new Document("values", List.of(new Document("value", i + ".20"), "TBC")))
                .append("array", List.of(i, "two", List.of(3L)))
                .append("binary", new Binary(new byte[]{1, 2, (byte) i})).append("objectId", new ObjectId(i, i))
                .append("flag", i % 2 == 0).append("when", new Date(1_550_831_460_000L + i)).append("nothing", null)
                .append("regex", new BsonRegularExpression("^CP \\d+", "i")).append("int", i)
                .append("timestamp", new BsonTimestamp(i, 1)).append("long", 1_000_000_000_000L + i)
                .append("decimal", Decimal128.parse((i % 1_000) + ".60")).append("min", new MinKey())
                .append("max", new MaxKey()).append("lastChange", "event-" + i).append("last", "end of " + (i % 1_000));
    }
}
