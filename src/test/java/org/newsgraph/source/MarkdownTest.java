package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void inlineMarkupBecomesPlainText() {
        assertThat(Markdown.inline("The [28-point plan](https://example.org/plan \"Plan\") was **widely** criticized"))
                .isEqualTo("The 28-point plan was widely criticized");
        assertThat(Markdown.inline("![a photo](https://img.example/x.jpg)Text after")).isEqualTo("Text after");
        assertThat(Markdown.inline("*Tuesday, 13 February 2024*")).isEqualTo("Tuesday, 13 February 2024");
        assertThat(Markdown.inline("By __Jane Doe__ and _John Roe_")).isEqualTo("By Jane Doe and John Roe");
        assertThat(Markdown.inline("a `code` and ~~struck~~ word")).isEqualTo("a code and struck word");
        assertThat(Markdown.inline("see <https://example.org/a>")).isEqualTo("see https://example.org/a");
        assertThat(Markdown.inline("costs \\$100 and \\*not\\* emphasis")).isEqualTo("costs $100 and *not* emphasis");
        assertThat(Markdown.inline("snake_case_name stays")).isEqualTo("snake_case_name stays");
        assertThat(Markdown.inline("[Read more][ref] here")).isEqualTo("Read more here");
    }

    @Test
    void firstLevelOneHeadingIsTheTitleAndOtherMarkupGoes() {
        Markdown.Converted md = Markdown.convert("""
                # The headline

                Intro with a [link](#).

                ## A subheading

                - first item
                * second item
                1. numbered item
                > quoted words

                ---
                [ref]: https://example.org
                ```
                literal *text*
                ```
                """);
        assertThat(md.title()).isEqualTo("The headline");
        assertThat(md.text()).contains("Intro with a link.", "A subheading", "first item", "second item",
                "numbered item", "quoted words", "literal *text*");
        assertThat(md.text()).doesNotContain("#", "](", "[ref]", "```", "- first", "> quoted");
    }

    @Test
    void setextHeadingIsATitleToo() {
        Markdown.Converted md = Markdown.convert("The headline\n============\n\nBody text.");
        assertThat(md.title()).isEqualTo("The headline");
        assertThat(md.text().strip()).isEqualTo("Body text.");
    }

    @Test
    void frontMatterGivesMetadata() {
        Markdown.Converted md = Markdown.convert("""
                ---
                title: "A headline from front matter"
                date: 2024-06-19T08:10:00+02:00
                author:
                  - Ada Byrne
                  - Cal Dunmore
                outlet: 'The Weekly Example'
                source: https://example.org/story
                tags: [a, b]
                ---

                Body.
                """);
        Metadata m = md.frontMatter();
        assertThat(m.title()).isEqualTo("A headline from front matter");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(m.authors()).containsExactly("Ada Byrne", "Cal Dunmore");
        assertThat(m.outlet()).isEqualTo("The Weekly Example");
        assertThat(m.url()).isEqualTo("https://example.org/story");
        assertThat(md.text()).doesNotContain("tags", "---").contains("Body.");
    }

    @Test
    void sniffsMarkdownInPlainText() {
        assertThat(Markdown.looksLikeMarkdown("By [Jane Doe](#)\n\nText.")).isTrue();
        assertThat(Markdown.looksLikeMarkdown("# Title\n\nText.")).isTrue();
        assertThat(Markdown.looksLikeMarkdown("Plain text with [brackets] and (parens).")).isFalse();
    }
}
