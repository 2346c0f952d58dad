/**
 * Safe file handling shared by every bundle that saves data: {@link org.openjolo.core.store.JsonStore} for the
 * workbench's own JSON files (strict reading, a damaged file kept aside with one warning, defaults, the part
 * that can be read written back), atomic writes, corrupt files kept aside.
 */
package org.openjolo.core.store;
