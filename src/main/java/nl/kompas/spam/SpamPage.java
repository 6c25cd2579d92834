package nl.kompas.spam;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.account.CurrentActor;

/** The admin's count of blocked form posts, per form and reason. */
@Named
@RequestScoped
public class SpamPage {

    @Inject
    SpamCounts counts;

    @Inject
    CurrentActor currentActor;

    private List<SpamCounts.Total> totals;

    public List<SpamCounts.Total> getTotals() {
        if (totals == null) {
            totals = counts.totals(currentActor.get());
        }
        return totals;
    }
}
