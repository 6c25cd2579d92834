package nl.kompas.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** TEMPORARY stand-in for the contact branch's Outbox; removed when that branch is merged. */
@ApplicationScoped
public class Outbox {

    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        throw new UnsupportedOperationException("The outbox arrives with the contact branch");
    }
}
