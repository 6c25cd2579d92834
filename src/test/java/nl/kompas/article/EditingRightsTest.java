package nl.kompas.article;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.editing.EditStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may do what to an article: the rules the editing service applies to every action. */
class EditingRightsTest {

    static final EditingRights RIGHTS = new EditingRights();
    static final Actor EDITOR = new Actor(1, "Eva", Set.of(Role.EDITOR), null);
    static final Actor ADMIN = new Actor(2, "Ad", Set.of(Role.ADMIN), null);
    static final Actor ANNE = new Actor(3, "Anne", Set.of(Role.CONSULTANT), 10L);
    static final Actor BRAM = new Actor(4, "Bram", Set.of(Role.CONSULTANT), 11L);
    static final Actor NOBODY = new Actor(5, "Niemand", Set.of(), null);
    static final Actor CONSULTANT_WITHOUT_PROFILE = new Actor(6, "Zonder", Set.of(Role.CONSULTANT), null);

    @ParameterizedTest
    @EnumSource(EditStep.class)
    void editorsAndAdminsMayTakeEveryStep(EditStep step) {
        assertDoesNotThrow(() -> RIGHTS.checkStep(EDITOR, step));
        assertDoesNotThrow(() -> RIGHTS.checkStep(ADMIN, step));
    }

    @ParameterizedTest
    @EnumSource(
            value = EditStep.class,
            names = {"PUBLISH", "SCHEDULE", "UNPUBLISH"})
    void aConsultantNeverPublishesSchedulesOrUnpublishes(EditStep step) {
        assertEquals("editing.refused.publish", refusal(() -> RIGHTS.checkStep(ANNE, step)));
    }

    @ParameterizedTest
    @EnumSource(
            value = EditStep.class,
            names = {"SAVE", "SUBMIT", "RESTORE"})
    void aConsultantSavesSubmitsAndRestores(EditStep step) {
        assertDoesNotThrow(() -> RIGHTS.checkStep(ANNE, step));
    }

    @Test
    void withoutARoleOrAProfileNothingIsAllowed() {
        assertEquals("editing.refused.role", refusal(() -> RIGHTS.checkCreate(NOBODY)));
        assertEquals("editing.refused.role", refusal(() -> RIGHTS.checkStep(NOBODY, EditStep.SAVE)));
        assertEquals("editing.refused.role", refusal(() -> RIGHTS.checkCreate(CONSULTANT_WITHOUT_PROFILE)));
    }

    @Test
    void aConsultantEditsOnlyTheirOwnUnpublishedArticles() throws Exception {
        Article article = articleBy(10L);
        assertTrue(RIGHTS.mayEdit(ANNE, article));
        assertFalse(RIGHTS.mayEdit(BRAM, article));
        assertEquals("editing.refused.not.author", refusal(() -> RIGHTS.checkEdit(BRAM, article)));
        assertEquals("editing.refused.not.author", refusal(() -> RIGHTS.checkView(BRAM, article)));

        article.submitForReview();
        assertTrue(RIGHTS.mayEdit(ANNE, article), "still theirs while in review");

        article.schedule(Instant.now().plusSeconds(3600));
        assertFalse(RIGHTS.mayEdit(ANNE, article));
        assertEquals("editing.refused.published", refusal(() -> RIGHTS.checkEdit(ANNE, article)));
        assertDoesNotThrow(() -> RIGHTS.checkView(ANNE, article), "but they may read it");

        article.publish();
        assertEquals("editing.refused.published", refusal(() -> RIGHTS.checkEdit(ANNE, article)));
        assertTrue(RIGHTS.mayEdit(EDITOR, article));

        article.unpublish();
        assertTrue(RIGHTS.mayEdit(ANNE, article), "theirs again once an editor takes it off the site");
    }

    private static Article articleBy(long consultantId) throws Exception {
        Consultant author = new Consultant(
                "anne", "Anne", "Adviseur", MarkdownRenderer.instance().render(""));
        Field id = Consultant.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(author, consultantId);
        Article article = new Article(
                "stuk",
                "Een stuk",
                "Blog",
                LocalDate.of(2026, 1, 1),
                MarkdownRenderer.instance().render("Tekst"));
        article.writtenBy(author);
        return article;
    }

    private static String refusal(Runnable action) {
        return assertThrows(EditNotAllowed.class, action::run).messageKey();
    }
}
