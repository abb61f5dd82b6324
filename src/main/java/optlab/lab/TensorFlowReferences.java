package optlab.lab;

import static optlab.lab.References.apply;
import static optlab.lab.References.filled;

import java.util.Set;

/**
 * The references of the TensorFlow kernels' rules, and of the Keras forms (Adadelta, Adamax) that
 * differ from them only in the order of a few operations and in the state's names. {@code m} is the
 * set of mistakes made on purpose.
 */
final class TensorFlowReferences {

    private TensorFlowReferences() {
    }

    record Sgd(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = m.contains("lr-missing") ? 1f : hp.lr();
            for (int i = 0; i < w.length; i++) {
                w[i] = apply(m, w[i], g[i] * lr);
            }
        }
    }

    record Momentum(Set<String> m, boolean nesterov) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("accum", new float[size]);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float mu = hp.get("momentum");
            float[] a = state.get("accum");
            for (int i = 0; i < w.length; i++) {
                float next;
                float step;
                if (m.contains("textbook-form")) {
                    next = a[i] * mu - g[i] * lr;
                    step = -next;
                } else if (m.contains("lr-inside-buffer")) {
                    next = a[i] * mu + g[i] * lr;
                    step = nesterov ? g[i] * lr + next * mu : next;
                } else {
                    next = a[i] * mu + g[i];
                    step = nesterov && !m.contains("no-nesterov-term") ? g[i] * lr + next * mu * lr : next * lr;
                }
                if (!m.contains("state-not-updated")) {
                    a[i] = next;
                }
                w[i] = apply(m, w[i], step);
            }
        }
    }

    record AdaGrad(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("accum", filled(size, m.contains("initial-accumulator-zero") ? 0f : hp.get("initial_accumulator")));
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float[] acc = state.get("accum");
            for (int i = 0; i < w.length; i++) {
                float old = acc[i];
                float next = acc[i] + (m.contains("g-not-squared") ? g[i] : g[i] * g[i]);
                float den = m.contains("update-before-accumulate") ? old : next;
                float step = g[i] * lr * (1f / (float) Math.sqrt(den));
                if (!m.contains("state-not-updated")) {
                    acc[i] = next;
                }
                w[i] = apply(m, w[i], step);
            }
        }
    }

    /** TensorFlow's ApplyAdadelta, or (keras) Keras' Adadelta, which divides by the root where TF multiplies by its inverse. */
    record AdaDelta(Set<String> m, boolean keras) implements StudentRule {
        private String accName() {
            return keras ? "acc" : "accum";
        }

        private String updateName() {
            return keras ? "acc_d" : "accum_update";
        }

        @Override
        public void init(int size, State state, Hyper hp) {
            state.put(accName(), new float[size]);
            state.put(updateName(), new float[size]);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = m.contains("no-learning-rate") ? 1f : hp.lr();
            float rho = hp.get("rho");
            float eps = hp.get("epsilon");
            float[] acc = state.get(accName());
            float[] accU = state.get(updateName());
            boolean outside = m.contains("eps-outside-root");
            for (int i = 0; i < w.length; i++) {
                float nextAcc = acc[i] * rho + g[i] * g[i] * (1f - rho);
                float rootU = outside ? (float) Math.sqrt(accU[i]) + eps : (float) Math.sqrt(accU[i] + eps);
                float rootG = outside ? (float) Math.sqrt(nextAcc) + eps : (float) Math.sqrt(nextAcc + eps);
                float update = keras ? rootU * g[i] / rootG : rootU * (1f / rootG) * g[i];
                float accumulated = m.contains("lr-in-accumulator") ? update * lr : update;
                float nextU = accU[i] * rho + accumulated * accumulated * (1f - rho);
                if (!m.contains("state-not-updated")) {
                    acc[i] = nextAcc;
                    accU[i] = nextU;
                }
                w[i] = apply(m, w[i], update * lr);
            }
        }
    }

    /** TensorFlow's ApplyRMSProp, or ApplyCenteredRMSProp. */
    record RmsProp(Set<String> m, boolean centered) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("ms", filled(size, m.contains("ms-starts-at-zero") ? 0f : 1f));
            if (centered) {
                state.put("mg", new float[size]);
            }
            state.put("mom", new float[size]);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float decay = hp.get("decay");
            float eps = hp.get("epsilon");
            float momentum = hp.get("momentum");
            float rate = m.contains("decay-swapped") ? decay : 1f - decay;
            float[] ms = state.get("ms");
            float[] mg = centered ? state.get("mg") : null;
            float[] mom = state.get("mom");
            for (int i = 0; i < w.length; i++) {
                float g2 = m.contains("g-not-squared") ? g[i] : g[i] * g[i];
                float nextMs = ms[i] + (g2 - ms[i]) * rate;
                float nextMg = centered ? mg[i] + (g[i] - mg[i]) * (1f - decay) : 0f;
                float square = centered && !m.contains("not-centered") ? nextMs - nextMg * nextMg : nextMs;
                float scale = m.contains("eps-outside-root") ? 1f / ((float) Math.sqrt(square) + eps) : 1f / (float) Math.sqrt(square + eps);
                float nextMom = mom[i] * momentum + g[i] * lr * scale;
                if (!m.contains("state-not-updated")) {
                    ms[i] = nextMs;
                    if (centered) {
                        mg[i] = nextMg;
                    }
                    mom[i] = nextMom;
                }
                w[i] = apply(m, w[i], nextMom);
            }
        }
    }

    record Adam(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("m", new float[size]);
            state.put("v", new float[size]);
            state.setNumber("beta1_power", m.contains("t-off-by-one") ? hp.get("beta1") : 1);
            state.setNumber("beta2_power", m.contains("t-off-by-one") ? hp.get("beta2") : 1);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float beta1 = hp.get("beta1");
            float beta2 = hp.get("beta2");
            float eps = hp.get("epsilon");
            float p1 = (float) state.number("beta1_power") * beta1;
            float p2 = (float) state.number("beta2_power") * beta2;
            state.setNumber("beta1_power", p1);
            state.setNumber("beta2_power", p2);
            boolean corrected = !m.contains("no-bias-correction");
            float alpha = corrected ? lr * (float) Math.sqrt(1f - p2) / (1f - p1) : lr;
            float[] ms = state.get("m");
            float[] vs = state.get("v");
            for (int i = 0; i < w.length; i++) {
                float mi = ms[i] + (g[i] - ms[i]) * (1f - beta1);
                float vi = vs[i] + ((m.contains("g-not-squared") ? g[i] : g[i] * g[i]) - vs[i]) * (1f - beta2);
                float step;
                if (m.contains("textbook-form")) {
                    step = lr * (mi / (1f - p1)) / ((float) Math.sqrt(vi / (1f - p2)) + eps);
                } else if (m.contains("eps-inside-root")) {
                    step = (mi * alpha) / (float) Math.sqrt(vi + eps);
                } else {
                    step = (mi * alpha) / ((float) Math.sqrt(vi) + eps);
                }
                if (!m.contains("state-not-updated")) {
                    ms[i] = mi;
                    vs[i] = vi;
                }
                w[i] = apply(m, w[i], step);
            }
        }
    }

    /** TensorFlow's ApplyAdaMax (beta1^t a running product, lr divided by 1 − beta1^t first), or (keras) Keras' Adamax (pow, t = iterations + 1). */
    record Adamax(Set<String> m, boolean keras) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("m", new float[size]);
            state.put("u", new float[size]);
            state.setNumber("t", m.contains("t-off-by-one") ? 1 : 0);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float beta1 = hp.get(keras ? "beta_1" : "beta1");
            float beta2 = hp.get(keras ? "beta_2" : "beta2");
            float eps = hp.get("epsilon");
            int t = (int) state.number("t") + 1;
            state.setNumber("t", t);
            float power = keras ? (float) Math.pow(beta1, t) : product(beta1, t);
            float correction = m.contains("no-bias-correction") ? 1f : 1f - power;
            boolean epsInMax = m.contains("eps-inside-max");
            float[] ms = state.get("m");
            float[] us = state.get("u");
            for (int i = 0; i < w.length; i++) {
                float mi = ms[i] + (g[i] - ms[i]) * (1f - beta1);
                float ui = Math.max(beta2 * us[i], epsInMax ? Math.abs(g[i]) + eps : Math.abs(g[i]));
                float den = epsInMax ? ui : ui + eps;
                float step = keras ? lr * mi / (correction * den) : lr / correction * (mi / den);
                if (!m.contains("state-not-updated")) {
                    ms[i] = mi;
                    us[i] = ui;
                }
                w[i] = apply(m, w[i], step);
            }
        }

        /** beta^t as TensorFlow's beta-power counter computes it: t float32 multiplications. */
        private static float product(float beta, int t) {
            float p = 1f;
            for (int k = 0; k < t; k++) {
                p *= beta;
            }
            return p;
        }
    }

    /** Nadam with the real step t (nadam), or TF Java's own with t frozen at 1 (nadam-tfjava); NadamStep's arithmetic. */
    record Nadam(Set<String> m, boolean tfJava) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("m", new float[size]);
            state.put("v", new float[size]);
            state.setNumber("t", 0);
            state.setNumber("prod", 1);
            state.setNumber("beta2_power", 1);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float beta1 = hp.get("beta1");
            float beta2 = hp.get("beta2");
            float eps = hp.get("epsilon");
            boolean frozen = tfJava != (m.contains("real-step") || m.contains("frozen-step"));
            int t = (int) state.number("t") + 1;
            state.setNumber("t", t);
            int stepT = frozen ? 1 : t;
            float mu = mu(beta1, stepT);
            float muNext = mu(beta1, stepT + 1);
            float prod = m.contains("no-product") ? mu : (float) state.number("prod") * mu;
            state.setNumber("prod", prod);
            float beta2Power = (float) state.number("beta2_power") * beta2;
            state.setNumber("beta2_power", beta2Power);
            float vDen = m.contains("v-not-corrected") ? 1f : frozen ? 1f - beta2 : 1f - beta2Power;
            float prodNext = prod * muNext;
            float[] ms = state.get("m");
            float[] vs = state.get("v");
            for (int i = 0; i < w.length; i++) {
                float gHat = g[i] / (1f - prod);
                float mi = beta1 * ms[i] + (1f - beta1) * g[i];
                float mHat = mi / (1f - prodNext);
                float vi = beta2 * vs[i] + (1f - beta2) * (g[i] * g[i]);
                float vHat = vi / vDen;
                float mBar = (1f - mu) * gHat + muNext * mHat;
                if (!m.contains("state-not-updated")) {
                    ms[i] = mi;
                    vs[i] = vi;
                }
                w[i] = apply(m, w[i], lr * mBar / ((float) Math.sqrt(vHat) + eps));
            }
        }

        private float mu(float beta1, int t) {
            if (m.contains("keras-schedule")) {
                return beta1 * (1f - 0.5f * (float) Math.pow(0.96f, t));
            }
            return beta1 * (1f - 0.5f * (float) Math.pow(0.96f, 0.004f * t));
        }
    }
}
