package nl.kompas.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.PublicationStatus;
import org.junit.jupiter.api.Test;

/** The preview names the fields an import changes, read from the writers' text before and after. */
class FieldChangesTest {

    @Test
    void namesTheFieldsThatDifferInTheOrderOfTheFileThenTheBody() {
        String before = article("Oude titel", PublicationStatus.DRAFT, List.of("a", "b"), "Tekst.\n");
        String after = article("Nieuwe titel", PublicationStatus.PUBLISHED, List.of("a", "b"), "Andere tekst.\n");
        assertEquals(List.of("title", "status", "body"), FieldChanges.between(before, after));
    }

    @Test
    void aFieldThatAppearsOrGoesIsAChangeAndTheSameTextIsNone() {
        String without = article("Titel", PublicationStatus.PUBLISHED, List.of(), "Tekst.\n");
        String with = article("Titel", PublicationStatus.PUBLISHED, List.of("Reflectie"), "Tekst.\n");
        assertEquals(List.of("tags"), FieldChanges.between(without, with));
        assertEquals(List.of("tags"), FieldChanges.between(with, without));
        assertEquals(List.of(), FieldChanges.between(with, with));
    }

    private static String article(String title, PublicationStatus status, List<String> tags, String body) {
        return new ContentFileWriter()
                .put("title", title)
                .put("date", LocalDate.of(2025, 3, 25))
                .status(status)
                .put("tags", tags)
                .write(body);
    }
}
