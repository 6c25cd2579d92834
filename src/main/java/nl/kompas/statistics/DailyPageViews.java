package nl.kompas.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How often one public page was viewed on one day (in the site's time zone). */
@Entity
@Table(name = "page_views")
@NamedQuery(
        name = "DailyPageViews.find",
        query = "select v from DailyPageViews v where v.day = :day and v.path = :name")
public class DailyPageViews implements DailyCount {

    /** The longest path kept; longer ones are cut (no route comes near it). */
    static final int MAX_PATH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "view_day", nullable = false)
    private LocalDate day;

    @Column(name = "page_path", nullable = false, length = MAX_PATH)
    private String path;

    @Column(nullable = false)
    private long views;

    protected DailyPageViews() {}

    DailyPageViews(LocalDate day, String path) {
        this.day = day;
        this.path = path;
    }

    @Override
    public void add(long more) {
        views += more;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getPath() {
        return path;
    }

    public long getViews() {
        return views;
    }
}
