package optlab.lab;

import static optlab.lab.References.apply;
import static optlab.lab.References.filled;

import java.util.Set;

/**
 * The references of the course sheet's and notebook's rules and of the paper's Adam; {@code m} is the
 * set of mistakes made on purpose. A look-ahead rule's gradient comes already taken at the look-ahead
 * point, so its step is the plain velocity step.
 */
final class CourseReferences {

    private CourseReferences() {
    }

    /** Momentum (or Nesterov) as the textbook writes it: v ← μ v − η g; w ← w + v. */
    record Momentum(Set<String> m, boolean nesterov) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("v", new float[size]);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float mu = hp.get("momentum");
            float[] v = state.get("v");
            for (int i = 0; i < w.length; i++) {
                float next;
                float step;
                if (m.contains("tensorflow-form")) {
                    next = v[i] * mu + g[i];
                    step = nesterov ? g[i] * lr + next * mu * lr : next * lr;
                } else if (m.contains("lr-outside-buffer")) {
                    next = mu * v[i] - g[i];
                    step = -(lr * next);
                } else {
                    next = mu * v[i] - lr * g[i];
                    step = -(m.contains("rearranged-form") ? mu * next - lr * g[i] : next);
                }
                if (!m.contains("state-not-updated")) {
                    v[i] = next;
                }
                w[i] = apply(m, w[i], step);
            }
        }
    }

    record AdaGrad(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("r", filled(size, m.contains("tensorflow-form") ? 0.01f : 0f));
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float delta = hp.get("delta");
            float[] r = state.get("r");
            for (int i = 0; i < w.length; i++) {
                float next = r[i] + (m.contains("g-not-squared") ? g[i] : g[i] * g[i]);
                float den;
                if (m.contains("tensorflow-form")) {
                    den = (float) Math.sqrt(next);
                } else if (m.contains("delta-inside-root")) {
                    den = (float) Math.sqrt(next + delta);
                } else {
                    den = delta + (float) Math.sqrt(next);
                }
                if (!m.contains("state-not-updated")) {
                    r[i] = next;
                }
                w[i] = apply(m, w[i], lr * g[i] / den);
            }
        }
    }

    /** RMSProp as the course sheet writes it (δ outside the root, state r), or (notebook) as the from-scratch notebook does (ε inside, state u). */
    record RmsProp(Set<String> m, boolean notebook) implements StudentRule {
        private String name() {
            return notebook ? "u" : "r";
        }

        @Override
        public void init(int size, State state, Hyper hp) {
            state.put(name(), filled(size, m.contains("starts-at-one") ? 1f : 0f));
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float decay = hp.get("decay");
            float eps = hp.get(notebook ? "epsilon" : "delta");
            boolean swapped = m.contains("decay-swapped");
            boolean inside = notebook != (m.contains("delta-inside-root") || m.contains("eps-outside-root"));
            float[] r = state.get(name());
            for (int i = 0; i < w.length; i++) {
                float next = (swapped ? 1f - decay : decay) * r[i] + (swapped ? decay : 1f - decay) * g[i] * g[i];
                float den = inside ? (float) Math.sqrt(next + eps) : eps + (float) Math.sqrt(next);
                if (!m.contains("state-not-updated")) {
                    r[i] = next;
                }
                w[i] = apply(m, w[i], lr * g[i] / den);
            }
        }
    }

    /** RMSProp with Nesterov momentum, textbook form: r ← ρ r + (1 − ρ) g²; v ← μ v − η g / √r (0 where r = 0); w ← w + v. */
    record NesterovRmsProp(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("r", filled(size, m.contains("starts-at-one") ? 1f : 0f));
            state.put("v", new float[size]);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float decay = hp.get("decay");
            float mu = m.contains("no-momentum") ? 0f : hp.get("momentum");
            boolean swapped = m.contains("decay-swapped");
            float[] r = state.get("r");
            float[] v = state.get("v");
            for (int i = 0; i < w.length; i++) {
                float ri = (swapped ? 1f - decay : decay) * r[i] + (swapped ? decay : 1f - decay) * g[i] * g[i];
                float scaled = ri == 0f ? 0f : lr * g[i] / (float) Math.sqrt(ri);
                float vi = mu * v[i] - scaled;
                if (!m.contains("state-not-updated")) {
                    r[i] = ri;
                    v[i] = vi;
                }
                w[i] = apply(m, w[i], -vi);
            }
        }
    }

    /** Adam with bias-corrected moments: the course sheet's (textbook: δ inside the root, state s and r) or the paper's (ε outside, state m and v). */
    record Adam(Set<String> m, boolean textbook) implements StudentRule {
        private String first() {
            return textbook ? "s" : "m";
        }

        private String second() {
            return textbook ? "r" : "v";
        }

        @Override
        public void init(int size, State state, Hyper hp) {
            state.put(first(), new float[size]);
            state.put(second(), new float[size]);
            state.setNumber("beta1_power", m.contains("t-off-by-one") ? hp.get("beta1") : 1);
            state.setNumber("beta2_power", m.contains("t-off-by-one") ? hp.get("beta2") : 1);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float beta1 = hp.get("beta1");
            float beta2 = hp.get("beta2");
            float eps = hp.get(textbook ? "delta" : "epsilon");
            float p1 = (float) state.number("beta1_power") * beta1;
            float p2 = (float) state.number("beta2_power") * beta2;
            state.setNumber("beta1_power", p1);
            state.setNumber("beta2_power", p2);
            boolean corrected = !m.contains("no-bias-correction");
            boolean inside = textbook != (m.contains("delta-outside-root") || m.contains("eps-inside-root"));
            float[] s = state.get(first());
            float[] r = state.get(second());
            for (int i = 0; i < w.length; i++) {
                float si = beta1 * s[i] + (1f - beta1) * g[i];
                float ri = beta2 * r[i] + (1f - beta2) * g[i] * g[i];
                float step;
                if (m.contains("tensorflow-form")) {
                    float alpha = lr * (float) Math.sqrt(1f - p2) / (1f - p1);
                    step = si * alpha / ((float) Math.sqrt(ri) + eps);
                } else {
                    float sHat = corrected ? si / (1f - p1) : si;
                    float rHat = corrected ? ri / (1f - p2) : ri;
                    step = lr * sHat / (inside ? (float) Math.sqrt(rHat + eps) : (float) Math.sqrt(rHat) + eps);
                }
                if (!m.contains("state-not-updated")) {
                    s[i] = si;
                    r[i] = ri;
                }
                w[i] = apply(m, w[i], step);
            }
        }
    }
}
