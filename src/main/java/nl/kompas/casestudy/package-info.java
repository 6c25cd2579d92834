/**
 * Case studies: a client's question, the firm's approach, what participants said and the first
 * results, linked to the services and consultants involved.
 */
package nl.kompas.casestudy;
