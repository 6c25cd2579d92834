package nl.kompas.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Set;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.consultant.Consultant;
import org.junit.jupiter.api.Test;

/** A consultant sees the requests they have; an editor or admin sees every request. */
class ContactInboxRightsTest {

    @Test
    void aConsultantSeesOnlyTheirOwn() throws Exception {
        ContactRequest annes = requestFor(consultant(7L));
        ContactRequest inbox = requestFor(null);
        Actor anne = new Actor(1, "Anne", Set.of(Role.CONSULTANT), 7L);
        Actor bram = new Actor(2, "Bram", Set.of(Role.CONSULTANT), 8L);
        assertTrue(ContactInbox.maySee(anne, annes));
        assertFalse(ContactInbox.maySee(bram, annes));
        assertFalse(ContactInbox.maySee(anne, inbox), "the general inbox is for the editors");
        assertTrue(ContactInbox.maySee(new Actor(3, "Eva", Set.of(Role.EDITOR), null), inbox));
        assertTrue(ContactInbox.maySee(new Actor(4, "Ad", Set.of(Role.ADMIN), null), annes));
    }

    private static Consultant consultant(long id) throws Exception {
        var constructor = Consultant.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Consultant consultant = constructor.newInstance();
        set(consultant, "id", id);
        return consultant;
    }

    private static ContactRequest requestFor(Consultant assignee) throws Exception {
        ContactRequest request = new ContactRequest();
        request.reassign(assignee);
        return request;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
