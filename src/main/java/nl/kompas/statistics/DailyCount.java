package nl.kompas.statistics;

/**
 * A count kept per day and name (a page's path, a referring domain), which a batch adds to. Each
 * kind has a named query "{Entity}.find" with the parameters :day and :name, so that {@link
 * StatisticsStore} finds or creates the row of every kind the same way.
 */
interface DailyCount {

    void add(long more);
}
