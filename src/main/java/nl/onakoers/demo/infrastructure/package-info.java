/** JPA rows and the repository of the sandbox platform (tables {@code demo_*}, migration V10). */
package nl.onakoers.demo.infrastructure;
