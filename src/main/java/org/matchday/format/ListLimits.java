package org.matchday.format;

/**
 * The validation group of the limits on list sizes. They are checked before every other rule, so that a document
 * with a huge list is refused at the cost of counting it, not of checking each element against every other.
 */
public interface ListLimits {
}
