/** Safe file handling shared by every bundle that saves data: atomic writes, corrupt files kept aside. */
package org.openjolo.core.store;
