package org.performanceledger.infra.axon;

import com.mongodb.client.MongoDatabase;
import org.performanceledger.query.ViewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.stream.Stream;

/**
 * Before the event processors start: a view whose live documents are of a shape other than its projection writes
 * (the ledger was upgraded over an existing data directory) is never read again. Its other generation, emptied,
 * becomes the live one, and its processor forgets its token, so it fills the view anew from the first event; until
 * it has caught up, the view answers from what it has rebuilt so far.
 */
final class ViewShapes {

    private static final Logger log = LoggerFactory.getLogger(ViewShapes.class);

    private ViewShapes() {
    }

    /**
     * The live store of a view, started afresh when it holds another shape.
     *
     * @param retired collections of the view's earlier shapes, dropped when it is started afresh
     */
    static ViewStore live(MongoDatabase database, MongoTokenStore tokens, String view, int shape,
                          List<String> collections, List<String> retired) {
        ViewStore store = ViewStore.live(database, view, shape);
        if (store.holdsAnotherShape(Stream.concat(collections.stream(), retired.stream()).toList())) {
            log.warn("View {} holds documents of an earlier shape; this version writes shape {}: rebuilding it from "
                    + "the first event (it answers from what is rebuilt so far until it has caught up)", view, shape);
            store.startAfresh(collections);
            store.drop(retired);
            store.otherGeneration().drop(retired);
            tokens.forget(view);
        }
        return store;
    }
}
