package org.newsgraph.extract;

/**
 * A quotation in the article text.
 *
 * @param begin  character offset of the opening mark
 * @param end    character offset just after the closing mark (or the end of the paragraph when unclosed)
 * @param inner  the words between the marks
 * @param closed false when a paragraph ends inside the quote and the next paragraph reopens it
 */
record QuoteSpan(int begin, int end, String inner, boolean closed) {
}
