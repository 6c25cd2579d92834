/** The home page: newest articles, featured cases, services by section and a call to action. */
package nl.kompas.home;
