/**
 * What the tests of the second-generation astrojolo families share: a device connected through the registry on
 * an in-memory link ({@link org.openjolo.astrojolo.gen2.testing.Gen2Bench}) and the behaviour every one-focuser
 * model must show ({@link org.openjolo.astrojolo.gen2.testing.OneFocuserFamilyTest}), which a family's test
 * fragment extends with its model. Not part of the workbench.
 */
package org.openjolo.astrojolo.gen2.testing;
