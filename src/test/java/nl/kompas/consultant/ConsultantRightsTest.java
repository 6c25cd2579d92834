package nl.kompas.consultant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Set;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.editing.EditStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may edit a profile: editors every one, a consultant their own and no other, no one publishes it. */
class ConsultantRightsTest {

    static final ConsultantRights RIGHTS = new ConsultantRights();
    static final Actor EDITOR = new Actor(1, "Eva", Set.of(Role.EDITOR), null);
    static final Actor ANNE = new Actor(3, "Anne", Set.of(Role.CONSULTANT), 10L);
    static final Actor WITHOUT_PROFILE = new Actor(4, "Zonder", Set.of(Role.CONSULTANT), null);

    @Test
    void aConsultantEditsTheirOwnProfileAndNoOther() throws Exception {
        Consultant anne = consultant(10L);
        Consultant bram = consultant(11L);
        assertTrue(RIGHTS.mayEdit(ANNE, anne));
        assertDoesNotThrow(() -> RIGHTS.checkEdit(ANNE, anne));
        assertDoesNotThrow(() -> RIGHTS.checkStep(ANNE, EditStep.SAVE));
        assertFalse(RIGHTS.mayEdit(ANNE, bram));
        assertEquals("consultant.refused.not.own", refusal(() -> RIGHTS.checkView(ANNE, bram)));
        assertEquals("consultant.refused.not.own", refusal(() -> RIGHTS.checkEdit(WITHOUT_PROFILE, anne)));
        assertEquals("consultant.refused.create", refusal(() -> RIGHTS.checkCreate(ANNE)));
        assertTrue(RIGHTS.mayEdit(EDITOR, bram));
        assertDoesNotThrow(() -> RIGHTS.checkCreate(EDITOR));
    }

    @ParameterizedTest
    @EnumSource(
            value = EditStep.class,
            names = {"SUBMIT", "PUBLISH", "SCHEDULE", "UNPUBLISH"})
    void aProfileHasNoWorkflowForAnyone(EditStep step) {
        assertEquals("editing.refused.editors.only", refusal(() -> RIGHTS.checkStep(EDITOR, step)));
        assertEquals("editing.refused.editors.only", refusal(() -> RIGHTS.checkStep(ANNE, step)));
    }

    private static Consultant consultant(long id) throws Exception {
        Consultant consultant = new Consultant(
                "c" + id,
                "Consultant " + id,
                "Adviseur",
                MarkdownRenderer.instance().render(""));
        Field field = Consultant.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(consultant, id);
        return consultant;
    }

    private static String refusal(Runnable action) {
        return assertThrows(EditNotAllowed.class, action::run).messageKey();
    }
}
