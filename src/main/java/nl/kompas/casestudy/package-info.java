/**
 * Case studies: a client's question, the firm's approach, what participants said and the first
 * results, linked to the services and consultants involved; their public pages, and their editing
 * in the admin by editors ({@link nl.kompas.casestudy.CaseEditing}).
 */
package nl.kompas.casestudy;
