/**
 * For testing renderers, ours and third parties': the sample corpus ({@link
 * org.decisionnotices.render.testkit.Samples}) and {@link
 * org.decisionnotices.render.testkit.RendererContractTest}, which every renderer's tests extend.
 */
package org.decisionnotices.render.testkit;
