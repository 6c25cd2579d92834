package nl.kompas.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.kompas.account.CurrentActor;

/**
 * The dashboard's panel of contact requests per source page, for the week, month (the default) or
 * year that the link ?conversies=week|month|year chose. Anything else in that parameter is the
 * month, so a mistyped link shows the panel rather than an error. Editors and admins only, as the
 * other statistics ({@link VisitorStatistics#isShown}).
 */
@Named
@RequestScoped
public class ContactsPerPage {

    @Inject
    ContactConversions conversions;

    @Inject
    CurrentActor currentActor;

    private StatisticsReport.Period period = StatisticsReport.Period.MONTH;

    private List<ContactConversions.SourcePage> pages;

    public String getPeriod() {
        return period.name().toLowerCase(Locale.ROOT);
    }

    public void setPeriod(String chosen) {
        period = StatisticsReport.Period.MONTH;
        for (StatisticsReport.Period each : StatisticsReport.Period.values()) {
            if (each.name().equalsIgnoreCase(chosen)) {
                period = each;
            }
        }
    }

    /** The periods to choose from, for the links above the table. */
    public List<String> getPeriods() {
        return Arrays.stream(StatisticsReport.Period.values())
                .map(each -> each.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    public List<ContactConversions.SourcePage> getPages() {
        if (pages == null) {
            pages = conversions.perSourcePage(currentActor.get(), period);
        }
        return pages;
    }
}
