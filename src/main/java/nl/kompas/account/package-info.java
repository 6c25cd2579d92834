/** Admin accounts, their roles, login and the person on whose behalf an admin action runs. */
package nl.kompas.account;
