package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    private static final String ENGLISH = """
            The city council voted on Tuesday to build a tram line linking the railway station with the university,
            ending a debate that has run since the spring. The mayor said construction could begin next year if the
            regional government releases its share of the money, and that the line would be open by the end of the
            decade. Opposition councillors said the cost was too high and that the works would hurt shops.""";

    private static final String GERMAN = """
            Der Stadtrat hat am Dienstag beschlossen, eine Straßenbahnlinie vom Bahnhof zur Universität zu bauen. Die
            Bürgermeisterin sagte, dass die Arbeiten im nächsten Jahr beginnen könnten, wenn das Land seinen Anteil
            zahlt. Die Opposition kritisierte die Kosten und warnte, dass die Baustellen den Geschäften in der
            Altstadt schaden würden. Die Linie soll bis zum Ende des Jahrzehnts fertig sein.""";

    private static final String FRENCH = """
            Le conseil municipal a voté mardi la construction d'une ligne de tramway entre la gare et l'université.
            La maire a déclaré que les travaux pourraient commencer l'an prochain si la région verse sa part du
            financement. L'opposition a critiqué le coût du projet et estime que les chantiers vont nuire aux
            commerces du centre. La ligne doit être ouverte avant la fin de la décennie selon la mairie.""";

    private static final String SPANISH = """
            El consejo municipal votó el martes a favor de construir una línea de tranvía entre la estación y la
            universidad. La alcaldesa dijo que las obras podrían empezar el próximo año si el gobierno regional paga
            su parte. La oposición criticó el coste del proyecto y dijo que las obras van a perjudicar a las tiendas
            del centro. Según el ayuntamiento, la línea estará lista antes del final de la década.""";

    private static final String RUSSIAN = """
            Городской совет во вторник проголосовал за строительство трамвайной линии от вокзала до университета.
            Мэр заявила, что работы могут начаться в следующем году, если региональные власти выделят свою долю.""";

    @Test
    void recognizesEnglish() {
        assertThat(Language.detect(ENGLISH)).isEqualTo("en");
    }

    @Test
    void recognizesOtherLanguagesByTheirFunctionWords() {
        assertThat(Language.detect(GERMAN)).isEqualTo("de");
        assertThat(Language.detect(FRENCH)).isEqualTo("fr");
        assertThat(Language.detect(SPANISH)).isEqualTo("es");
    }

    @Test
    void cyrillicScriptIsRussian() {
        assertThat(Language.detect(RUSSIAN)).isEqualTo("ru");
    }

    @Test
    void shortEnglishTextsStayEnglish() {
        assertThat(Language.detect("Talks end without a deal")).isEqualTo("en");
        assertThat(Language.detect("Putin meets Witkoff in Moscow")).isEqualTo("en");
        assertThat(Language.detect("Zelensky: Kyiv won't cede Donbas")).isEqualTo("en");
    }

    @Test
    void clearlyForeignShortTextIsNotEnglish() {
        assertThat(Language.detect("Die Regierung hat sich mit der Opposition auf einen neuen Haushalt für das "
                + "nächste Jahr geeinigt, und die Abstimmung ist für die kommende Woche geplant.")).isEqualTo("de");
    }

    @Test
    void unsureWhenThereIsNothingToGoBy() {
        assertThat(Language.detect("12345 67890")).isEqualTo("und");
        assertThat(Language.detect("東京で会談が行われた。両国の外相が出席した。")).isEqualTo("und");
    }
}
