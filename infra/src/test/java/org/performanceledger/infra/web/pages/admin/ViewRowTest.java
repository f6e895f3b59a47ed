package org.performanceledger.infra.web.pages.admin;

import org.junit.jupiter.api.Test;
import org.performanceledger.application.views.ViewStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration page's words for each step of a rebuild, and for a view at rest. */
class ViewRowTest {

    private static ViewStatus view(boolean running, int segments, long position, boolean rebuilding,
                                   Long rebuildPosition, boolean caughtUp) {
        return new ViewStatus("organisation-directory", running, segments, position, 608, 608 - position,
                rebuilding, rebuildPosition, caughtUp, false);
    }

    @Test
    void eachStepOfARebuildSaysWhatIsHappening() {
        ViewRow copying = ViewRow.of(view(true, 1, 608, true, 120L, false));
        assertThat(copying.state()).isEqualTo("Rebuilding");
        assertThat(copying.progress()).isEqualTo("copied 120 of 608 events; the live view keeps answering");

        ViewRow switching = ViewRow.of(view(false, 0, 608, true, 608L, false));
        assertThat(switching.state()).as("the copy is complete: not 'Rebuilding at 608 of 608'")
                .isEqualTo("Switching over");
        assertThat(switching.progress()).isEqualTo("copied all 608 events; readers move to the copy");

        ViewRow starting = ViewRow.of(view(true, 0, 608, false, null, false));
        assertThat(starting.state()).as("started again, not yet holding its segments").isEqualTo("Starting");
        assertThat(starting.progress()).isNull();

        assertThat(ViewRow.of(view(true, 1, 608, false, null, true)).state()).isEqualTo("Caught up");
        assertThat(ViewRow.of(view(true, 1, 600, false, null, false)).state()).isEqualTo("Catching up");
        assertThat(ViewRow.of(view(false, 0, 600, false, null, false)).state()).isEqualTo("Stopped");
        assertThat(ViewRow.of(view(true, 1, 608, true, null, false)).progress())
                .as("a rebuild not yet started reads from the start").startsWith("copied 0 of 608");
    }

    @Test
    void aViewAnotherNodeBuildsSaysSoWithThatNodesPosition() {
        ViewRow current = ViewRow.of(new ViewStatus("audit-trail", true, 0, 608, 608, 0, false, null, true, true));
        assertThat(current.state()).as("not 'Starting': this node holds none of its work").isEqualTo("Caught up");
        assertThat(current.progress()).isEqualTo("built by another node");

        ViewRow behind = ViewRow.of(new ViewStatus("audit-trail", true, 0, 600, 608, 8, false, null, false, true));
        assertThat(behind.state()).isEqualTo("Catching up");
        assertThat(behind.progress()).isEqualTo("built by another node");
    }
}
