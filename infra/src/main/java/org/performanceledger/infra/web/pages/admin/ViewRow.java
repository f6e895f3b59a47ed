package org.performanceledger.infra.web.pages.admin;

import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.infra.web.pages.words.Words;

/**
 * A view as the administration page lists it: its status in a word with the GOV.UK tag that shows it, and, during a
 * rebuild, how far it has come. The words follow each step of a rebuild: the copy is filled while the live view
 * keeps answering ("Rebuilding"), then the live view pauses while readers switch to the copy ("Switching over"),
 * then it starts again and claims its work ("Starting"), so no step reads as a view that has fallen behind. With
 * several nodes on one MongoDB, a view another node builds is judged by the position that node stored, and says so.
 *
 * @param state    "Rebuilding", "Switching over", "Stopped", "Starting", "Caught up" or "Catching up"
 * @param tagClass the GOV.UK tag's colour class
 * @param progress the rebuild's progress in words, or null
 */
public record ViewRow(ViewStatus view, String state, String tagClass, String progress) {

    public static ViewRow of(ViewStatus view) {
        long rebuilt = view.rebuildPosition() == null ? 0 : view.rebuildPosition();
        if (view.rebuilding() && rebuilt < view.head()) {
            return new ViewRow(view, "Rebuilding", "govuk-tag--blue", "copied " + Words.count(rebuilt) + " of "
                    + Words.count(view.head()) + " events; the live view keeps answering");
        }
        if (view.rebuilding()) {
            return new ViewRow(view, "Switching over", "govuk-tag--blue", "copied all "
                    + Words.count(view.head()) + " events; readers move to the copy");
        }
        if (!view.running()) {
            return new ViewRow(view, "Stopped", "govuk-tag--grey", null);
        }
        if (view.builtElsewhere()) {
            return view.caughtUp() ? new ViewRow(view, "Caught up", "govuk-tag--green", "built by another node")
                    : new ViewRow(view, "Catching up", "govuk-tag--yellow", "built by another node");
        }
        if (view.segments() == 0) {
            return new ViewRow(view, "Starting", "govuk-tag--blue", null);
        }
        return view.caughtUp() ? new ViewRow(view, "Caught up", "govuk-tag--green", null)
                : new ViewRow(view, "Catching up", "govuk-tag--yellow", null);
    }
}
