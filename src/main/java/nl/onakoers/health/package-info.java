/** MicroProfile Health checks behind {@code /health/ready} and {@code /health/live}. */
package nl.onakoers.health;
