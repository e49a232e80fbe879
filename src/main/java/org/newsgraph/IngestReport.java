package org.newsgraph;

import java.time.Duration;
import java.util.List;

/**
 * What an ingestion run did, article by article.
 *
 * @param articles one result per input file, in input order
 * @param elapsed  wall-clock time of the run
 */
public record IngestReport(List<ArticleResult> articles, Duration elapsed) {

    public IngestReport {
        articles = List.copyOf(articles);
    }

    public long count(ArticleResult.Status status) {
        return articles.stream().filter(a -> a.status() == status).count();
    }

    /** True when every input failed or was skipped; the command line exits non-zero then. */
    public boolean allFailed() {
        return !articles.isEmpty() && articles.stream().allMatch(a -> a.status() == ArticleResult.Status.FAILED
                || a.status() == ArticleResult.Status.SKIPPED);
    }
}
