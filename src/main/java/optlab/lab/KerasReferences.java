package optlab.lab;

import static optlab.lab.References.apply;
import static optlab.lab.References.filled;

import java.util.Set;

/** The references of Keras 3's rules, in Keras' order of operations; {@code m} is the set of mistakes made on purpose. */
final class KerasReferences {

    private KerasReferences() {
    }

    private static boolean on(Hyper hp, String flag) {
        return hp.get(flag) == 1f;
    }

    record Sgd(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("m", new float[size]);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float mu = hp.get("momentum");
            boolean nesterov = on(hp, "nesterov") && !m.contains("nesterov-ignored");
            float[] ms = state.get("m");
            for (int i = 0; i < w.length; i++) {
                float next;
                float step;
                if (m.contains("tensorflow-form")) {
                    next = ms[i] * mu + g[i];
                    step = nesterov ? g[i] * lr + next * mu * lr : next * lr;
                } else {
                    next = ms[i] * mu - g[i] * lr;
                    step = -(nesterov ? next * mu - g[i] * lr : next);
                }
                if (!m.contains("state-not-updated")) {
                    ms[i] = next;
                }
                w[i] = apply(m, w[i], step);
            }
        }
    }

    record RmsProp(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("v", filled(size, m.contains("v-starts-at-one") ? 1f : 0f));
            state.put("mg", new float[size]);
            state.put("mom", new float[size]);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float rho = hp.get("rho");
            float momentum = hp.get("momentum");
            float eps = hp.get("epsilon");
            boolean centered = on(hp, "centered");
            float[] v = state.get("v");
            float[] mg = state.get("mg");
            float[] mom = state.get("mom");
            for (int i = 0; i < w.length; i++) {
                float vi = rho * v[i] + (1f - rho) * (g[i] * g[i]);
                float mgi = centered ? rho * mg[i] + (1f - rho) * g[i] : mg[i];
                float square = centered && !m.contains("not-centered") ? vi - mgi * mgi : vi;
                float root = m.contains("eps-outside-root") ? (float) Math.sqrt(square) + eps : (float) Math.sqrt(square + eps);
                float momi = momentum * mom[i] + lr * g[i] / root;
                if (!m.contains("state-not-updated")) {
                    v[i] = vi;
                    mg[i] = mgi;
                    mom[i] = momi;
                }
                w[i] = apply(m, w[i], momi);
            }
        }
    }

    record Adagrad(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            float initial = m.contains("initial-accumulator-tf") ? 0.01f
                    : m.contains("initial-accumulator-zero") ? 0f : hp.get("initial_accumulator_value");
            state.put("acc", filled(size, initial));
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float eps = hp.get("epsilon");
            float[] acc = state.get("acc");
            for (int i = 0; i < w.length; i++) {
                float next = acc[i] + (m.contains("g-not-squared") ? g[i] : g[i] * g[i]);
                if (!m.contains("state-not-updated")) {
                    acc[i] = next;
                }
                w[i] = apply(m, w[i], lr * g[i] / (float) Math.sqrt(next + eps));
            }
        }
    }

    /** Keras' Adam, amsgrad included; AdamW runs it after its decay. */
    record Adam(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("m", new float[size]);
            state.put("v", new float[size]);
            state.put("v_hat", new float[size]);
            state.setNumber("iterations", m.contains("t-off-by-one") ? 1 : 0);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float beta1 = hp.get("beta_1");
            float beta2 = hp.get("beta_2");
            float eps = hp.get("epsilon");
            boolean amsgrad = on(hp, "amsgrad") && !m.contains("amsgrad-ignored");
            float t = (float) state.number("iterations") + 1;
            state.setNumber("iterations", t);
            float beta1Power = (float) Math.pow(beta1, t);
            float beta2Power = (float) Math.pow(beta2, t);
            float alpha = m.contains("no-bias-correction") ? lr : lr * (float) Math.sqrt(1f - beta2Power) / (1f - beta1Power);
            float[] ms = state.get("m");
            float[] vs = state.get("v");
            float[] vHat = state.get("v_hat");
            for (int i = 0; i < w.length; i++) {
                float mi = ms[i] + (g[i] - ms[i]) * (1f - beta1);
                float vi = vs[i] + (g[i] * g[i] - vs[i]) * (1f - beta2);
                float hat = amsgrad ? Math.max(vHat[i], vi) : vHat[i];
                float second = amsgrad ? hat : vi;
                float step;
                if (m.contains("paper-form")) {
                    step = lr * (mi / (1f - beta1Power)) / ((float) Math.sqrt(second / (1f - beta2Power)) + eps);
                } else if (m.contains("eps-inside-root")) {
                    step = mi * alpha / (float) Math.sqrt(second + eps);
                } else {
                    step = mi * alpha / ((float) Math.sqrt(second) + eps);
                }
                if (!m.contains("state-not-updated")) {
                    ms[i] = mi;
                    vs[i] = vi;
                    vHat[i] = hat;
                }
                w[i] = apply(m, w[i], step);
            }
        }
    }

    /** Keras' AdamW: the decoupled decay w ← w − w λ η, then Keras' Adam step from that w. */
    record AdamW(Set<String> m) implements StudentRule {
        private Adam adam() {
            return new Adam(m.contains("sign") ? m : Set.of());
        }

        @Override
        public void init(int size, State state, Hyper hp) {
            adam().init(size, state, hp);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float decay = hp.get("weight_decay");
            float lr = m.contains("decay-without-lr") ? 1f : hp.lr();
            boolean decoupled = !m.contains("no-decay") && !m.contains("l2-in-gradient");
            if (decoupled && !m.contains("decay-after-step")) {
                decay(w, decay, lr);
            }
            float[] grad = g;
            if (m.contains("l2-in-gradient")) {
                grad = new float[g.length];
                for (int i = 0; i < g.length; i++) {
                    grad[i] = g[i] + decay * w[i];
                }
            }
            adam().step(w, grad, state, hp);
            if (decoupled && m.contains("decay-after-step")) {
                decay(w, decay, lr);
            }
        }

        private static void decay(float[] w, float decay, float lr) {
            for (int i = 0; i < w.length; i++) {
                w[i] -= w[i] * decay * lr;
            }
        }
    }

    record Nadam(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            state.put("m", new float[size]);
            state.put("v", new float[size]);
            state.setNumber("iterations", 0);
            state.setNumber("u_product", 1);
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = hp.lr();
            float beta1 = hp.get("beta_1");
            float beta2 = hp.get("beta_2");
            float eps = hp.get("epsilon");
            float t = (float) state.number("iterations") + 1;
            state.setNumber("iterations", t);
            float uT = u(beta1, t);
            float uT1 = u(beta1, t + 1f);
            float product = m.contains("no-product") ? uT : (float) state.number("u_product") * beta1 * schedule(t);
            state.setNumber("u_product", product);
            float productT1 = product * uT1;
            float beta2Power = (float) Math.pow(beta2, t);
            float[] ms = state.get("m");
            float[] vs = state.get("v");
            for (int i = 0; i < w.length; i++) {
                float mi = ms[i] + (g[i] - ms[i]) * (1f - beta1);
                float vi = vs[i] + (g[i] * g[i] - vs[i]) * (1f - beta2);
                float mHat = uT1 * mi / (1f - productT1) + (1f - uT) * g[i] / (1f - product);
                float vHat = m.contains("v-not-corrected") ? vi : vi / (1f - beta2Power);
                if (!m.contains("state-not-updated")) {
                    ms[i] = mi;
                    vs[i] = vi;
                }
                w[i] = apply(m, w[i], mHat * lr / ((float) Math.sqrt(vHat) + eps));
            }
        }

        private float u(float beta1, float t) {
            return beta1 * schedule(t);
        }

        /** 1 − ½ · 0.96^t, or TensorFlow's 0.96^(0.004 t) for that mistake. */
        private float schedule(float t) {
            return 1f - 0.5f * (float) Math.pow(0.96f, m.contains("tensorflow-schedule") ? 0.004f * t : t);
        }
    }
}
