package optlab.lab;

import java.util.Set;

/**
 * optlab's own rules with named state, in the scratch rules' float32 order (ReferenceRulesTest shows
 * each reproduces its scratch rule bit for bit), each able to make its rule's known mistakes on
 * purpose: the oracle for the state, and the numbers a diagnosis compares a submission with. A
 * mistake id that a rule does not know leaves it correct.
 */
final class References {

    private References() {
    }

    /** The rule {@code name} making {@code mistake} (null: none), or null when optlab has no reference with state for it. */
    static StudentRule of(String name, String mistake) {
        Set<String> m = mistake == null ? Set.of() : Set.of(mistake);
        return switch (name) {
            case "sgd" -> new Sgd(m);
            case "momentum" -> new Momentum(m, false);
            case "nesterov" -> new Momentum(m, true);
            case "adagrad" -> new AdaGrad(m);
            case "rmsprop" -> new RmsProp(m);
            case "adam" -> new Adam(m);
            default -> null;
        };
    }

    private record Sgd(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
        }

        @Override
        public void step(float[] w, float[] g, State state, Hyper hp) {
            float lr = m.contains("lr-missing") ? 1f : hp.lr();
            for (int i = 0; i < w.length; i++) {
                if (m.contains("sign")) {
                    w[i] += g[i] * lr;
                } else {
                    w[i] -= g[i] * lr;
                }
            }
        }
    }

    private record Momentum(Set<String> m, boolean nesterov) implements StudentRule {
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
                w[i] = m.contains("sign") ? w[i] + step : w[i] - step;
            }
        }
    }

    private record AdaGrad(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            float[] acc = new float[size];
            if (!m.contains("initial-accumulator-zero")) {
                java.util.Arrays.fill(acc, hp.get("initial_accumulator"));
            }
            state.put("accum", acc);
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
                w[i] = m.contains("sign") ? w[i] + step : w[i] - step;
            }
        }
    }

    private record RmsProp(Set<String> m) implements StudentRule {
        @Override
        public void init(int size, State state, Hyper hp) {
            float[] ms = new float[size];
            if (!m.contains("ms-starts-at-zero")) {
                java.util.Arrays.fill(ms, 1f);
            }
            state.put("ms", ms);
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
            float[] mom = state.get("mom");
            for (int i = 0; i < w.length; i++) {
                float g2 = m.contains("g-not-squared") ? g[i] : g[i] * g[i];
                float nextMs = ms[i] + (g2 - ms[i]) * rate;
                float scale = m.contains("eps-outside-root") ? 1f / ((float) Math.sqrt(nextMs) + eps) : 1f / (float) Math.sqrt(nextMs + eps);
                float nextMom = mom[i] * momentum + g[i] * lr * scale;
                if (!m.contains("state-not-updated")) {
                    ms[i] = nextMs;
                    mom[i] = nextMom;
                }
                w[i] = m.contains("sign") ? w[i] + nextMom : w[i] - nextMom;
            }
        }
    }

    private record Adam(Set<String> m) implements StudentRule {
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
                w[i] = m.contains("sign") ? w[i] + step : w[i] - step;
            }
        }
    }
}
