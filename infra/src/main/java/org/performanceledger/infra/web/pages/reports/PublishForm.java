package org.performanceledger.infra.web.pages.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.performanceledger.events.LedgerRules;

/** Publishing the report: the committee it is issued to, and its title. */
public class PublishForm {

    @NotBlank(message = "Enter the committee the report is issued to")
    @Size(max = LedgerRules.NAME_MAX, message = "Committee must be " + LedgerRules.NAME_MAX
            + " characters or fewer")
    private String committee;

    @Size(max = LedgerRules.NAME_MAX, message = "Title must be " + LedgerRules.NAME_MAX + " characters or fewer")
    private String title;

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
