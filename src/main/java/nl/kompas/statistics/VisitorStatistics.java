package nl.kompas.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.kompas.account.Actor;
import nl.kompas.account.CurrentActor;
import nl.kompas.platform.web.MessageFormats;

/**
 * The statistics part of the dashboard: a chart of the page views of the last {@value #DAYS} days,
 * the most read articles and cases of this week, month and year, and the top referring sites. Only
 * editors and admins see it ({@link #isShown}); the report checks that again.
 */
@Named
@RequestScoped
public class VisitorStatistics {

    /** The days the chart and the referrers cover. */
    static final int DAYS = 30;

    @Inject
    StatisticsReport report;

    @Inject
    CurrentActor currentActor;

    @Inject
    MessageFormats messages;

    private List<StatisticsReport.DayViews> perDay;

    public boolean isShown() {
        return actor().mayPublish();
    }

    public int getDays() {
        return DAYS;
    }

    /**
     * The chart's Chart.js configuration, as PrimeFaces' p:chart takes it. Built with JSON-P, so
     * every label is quoted and escaped; the labels are dates and our own message.
     */
    public String getChart() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("d MMM", locale);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder views = Json.createArrayBuilder();
        for (StatisticsReport.DayViews day : perDay()) {
            labels.add(dayLabel.format(day.day()));
            views.add(day.views());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", messages.message("statistics.views"))
                                                        .add("data", views)
                                                        .add("fill", true)
                                                        .add("tension", 0.2)
                                                        .add("borderColor", "#1f5f8b")
                                                        .add("backgroundColor", "rgba(31, 95, 139, 0.15)"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    /** The chart in words, for screen readers: the total over the days it shows. */
    public String getChartLabel() {
        long total =
                perDay().stream().mapToLong(StatisticsReport.DayViews::views).sum();
        return messages.message("statistics.chart.label", DAYS, total);
    }

    public List<StatisticsReport.TopPage> getWeek() {
        return report.topPages(actor(), StatisticsReport.Period.WEEK);
    }

    public List<StatisticsReport.TopPage> getMonth() {
        return report.topPages(actor(), StatisticsReport.Period.MONTH);
    }

    public List<StatisticsReport.TopPage> getYear() {
        return report.topPages(actor(), StatisticsReport.Period.YEAR);
    }

    public List<StatisticsStore.Total> getReferrers() {
        return report.topReferrers(actor(), DAYS);
    }

    private List<StatisticsReport.DayViews> perDay() {
        if (perDay == null) {
            perDay = report.viewsPerDay(actor(), DAYS);
        }
        return perDay;
    }

    private Actor actor() {
        return currentActor.get();
    }
}
