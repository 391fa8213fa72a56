/**
 * A vacancy's requirements read with the configured model beside the skills taxonomy ("analysis with an LLM"):
 * {@link com.qh.analysis.requirements.RequirementReader} asks the model (feature {@code requirements}, the vacancy as
 * quoted untrusted material) for its must and plus requirements and adds to the taxonomy's reading only those whose
 * evidence is in the vacancy's text and names a taxonomy skill there. Without a model, or when it fails, the reading
 * is the taxonomy's alone, exactly as before.
 */
package com.qh.analysis.requirements;
