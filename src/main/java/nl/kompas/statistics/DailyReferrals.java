package nl.kompas.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How many page views on one day came from a link on another site, by that site's domain. */
@Entity
@Table(name = "referrals")
@NamedQuery(
        name = "DailyReferrals.find",
        query = "select r from DailyReferrals r where r.day = :day and r.domain = :name")
public class DailyReferrals implements DailyCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "view_day", nullable = false)
    private LocalDate day;

    @Column(name = "referrer_domain", nullable = false, length = ReferrerDomain.MAX_LENGTH)
    private String domain;

    @Column(nullable = false)
    private long visits;

    protected DailyReferrals() {}

    DailyReferrals(LocalDate day, String domain) {
        this.day = day;
        this.domain = domain;
    }

    @Override
    public void add(long more) {
        visits += more;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getDomain() {
        return domain;
    }

    public long getVisits() {
        return visits;
    }
}
