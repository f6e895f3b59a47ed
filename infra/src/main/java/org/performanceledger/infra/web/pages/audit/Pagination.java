package org.performanceledger.infra.web.pages.audit;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * GOV.UK's pagination for a list shown a page at a time: previous and next, the first and last pages, and the pages
 * around the current one, with an ellipsis for the pages between.
 *
 * @param previous the link to the previous page, or null on the first
 * @param next     the link to the next page, or null on the last
 * @param items    the page numbers (counting from 1, as people do) and ellipses
 */
public record Pagination(String previous, String next, List<Item> items) {

    /** A page's number and link (null for an ellipsis), and whether it is the page shown. */
    public record Item(int number, String href, boolean current) {

        public boolean ellipsis() {
            return href == null;
        }
    }

    /** Page {@code page} (from 0) of {@code total} entries, {@code size} a page; links keep {@code link}'s query. */
    static Pagination of(int page, int size, long total, UriComponentsBuilder link) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        List<Item> items = new ArrayList<>();
        for (int number = 0; number < pages; number++) {
            if (number == 0 || number == pages - 1 || Math.abs(number - page) <= 1) {
                items.add(new Item(number + 1, href(link, number), number == page));
            } else if (!items.isEmpty() && !items.get(items.size() - 1).ellipsis()) {
                items.add(new Item(0, null, false));
            }
        }
        return new Pagination(page > 0 ? href(link, page - 1) : null, page < pages - 1 ? href(link, page + 1) : null,
                pages > 1 ? items : List.of());
    }

    private static String href(UriComponentsBuilder link, int page) {
        return link.cloneBuilder().replaceQueryParam("page", page + 1).build().encode().toUriString();
    }
}
