package optlab.lab;

/**
 * optlab's own layers in float32, written against the student API, each able to make its
 * exercise's known mistakes on purpose: the oracle of the forward and backward stages, and the
 * numbers a diagnosis compares a submission with. A mistake id an exercise does not know leaves it
 * correct.
 */
final class LayerReferences {

    private LayerReferences() {
    }

    /** The exercise {@code name} making {@code mistake} (null: none), as an instance of its kind's student API. */
    static Object of(String name, String mistake) {
        String m = mistake == null ? "" : mistake;
        return switch (name) {
            case "relu" -> new Relu(m);
            case "sigmoid" -> new Sigmoid(m);
            case "tanh" -> new Tanh(m);
            case "softmax-cross-entropy" -> new SoftmaxCrossEntropy(m);
            case "dense" -> new Dense(m);
            default -> throw new IllegalArgumentException("no layer exercise " + name);
        };
    }

    static LayerSession session(String name, String mistake) {
        return new JavaLayerSession(LayerExercises.of(name).kind(), of(name, mistake));
    }

    private record Relu(String m) implements StudentActivation {
        @Override
        public float[] forward(float[] x) {
            float[] y = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = Math.max(0f, x[i]);
            }
            return y;
        }

        @Override
        public float[] backward(float[] x, float[] y, float[] gradY) {
            float[] dx = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                boolean pass = switch (m) {
                    case "unmasked" -> true;
                    case "mask-at-zero" -> x[i] >= 0;
                    case "inverted-mask" -> x[i] < 0;
                    default -> x[i] > 0;
                };
                dx[i] = pass ? gradY[i] : 0f;
            }
            return dx;
        }
    }

    private record Sigmoid(String m) implements StudentActivation {
        @Override
        public float[] forward(float[] x) {
            float[] y = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                float z = m.equals("forward-sign") ? -x[i] : x[i];
                if (z >= 0) {
                    y[i] = 1f / (1f + (float) Math.exp(-z));
                } else {
                    float e = (float) Math.exp(z);
                    y[i] = e / (1f + e);
                }
            }
            return y;
        }

        @Override
        public float[] backward(float[] x, float[] y, float[] gradY) {
            float[] dx = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                dx[i] = switch (m) {
                    case "derivative-y" -> gradY[i] * y[i];
                    case "uses-x" -> gradY[i] * (x[i] * (1f - x[i]));
                    case "no-grad-y" -> y[i] * (1f - y[i]);
                    default -> gradY[i] * (y[i] * (1f - y[i]));
                };
            }
            return dx;
        }
    }

    private record Tanh(String m) implements StudentActivation {
        @Override
        public float[] forward(float[] x) {
            float[] y = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = (float) Math.tanh(x[i]);
            }
            return y;
        }

        @Override
        public float[] backward(float[] x, float[] y, float[] gradY) {
            float[] dx = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                dx[i] = switch (m) {
                    case "one-minus-y" -> gradY[i] * (1f - y[i]);
                    case "uses-x" -> gradY[i] * (1f - x[i] * x[i]);
                    case "no-grad-y" -> 1f - y[i] * y[i];
                    default -> gradY[i] * (1f - y[i] * y[i]);
                };
            }
            return dx;
        }
    }

    private record SoftmaxCrossEntropy(String m) implements StudentLoss {
        @Override
        public float forward(float[] z, float[] t, int batch, int classes) {
            float[] p = softmax(z, batch, classes);
            float total = 0f;
            for (int i = 0; i < batch; i++) {
                float loss = 0f;
                if (m.equals("log-of-softmax") || m.equals("no-max-subtraction")) {
                    for (int j = 0; j < classes; j++) {
                        loss -= t[i * classes + j] == 0f ? 0f : t[i * classes + j] * (float) Math.log(p[i * classes + j]);
                    }
                } else {
                    float max = rowMax(z, i, classes);
                    float sum = 0f;
                    for (int j = 0; j < classes; j++) {
                        sum += (float) Math.exp(z[i * classes + j] - max);
                    }
                    loss = (float) Math.log(sum);
                    for (int j = 0; j < classes; j++) {
                        loss -= t[i * classes + j] * (z[i * classes + j] - max);
                    }
                }
                total += loss;
            }
            return m.equals("loss-summed") ? total : total / batch;
        }

        @Override
        public float[] backward(float[] z, float[] t, int batch, int classes) {
            float[] dz = softmax(z, batch, classes);
            for (int k = 0; k < dz.length; k++) {
                float diff = m.equals("sign-flipped") ? t[k] - dz[k] : dz[k] - t[k];
                dz[k] = m.equals("not-divided-by-batch") ? diff : diff / batch;
            }
            return dz;
        }

        private float[] softmax(float[] z, int batch, int classes) {
            float[] p = new float[z.length];
            for (int i = 0; i < batch; i++) {
                float max = m.equals("no-max-subtraction") ? 0f : rowMax(z, i, classes);
                float sum = 0f;
                for (int j = 0; j < classes; j++) {
                    p[i * classes + j] = (float) Math.exp(z[i * classes + j] - max);
                    sum += p[i * classes + j];
                }
                for (int j = 0; j < classes; j++) {
                    p[i * classes + j] /= sum;
                }
            }
            return p;
        }

        private static float rowMax(float[] z, int row, int classes) {
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < classes; j++) {
                max = Math.max(max, z[row * classes + j]);
            }
            return max;
        }
    }

    private record Dense(String m) implements StudentDense {
        @Override
        public float[] forward(float[] x, float[] w, float[] b, int batch, int in, int out) {
            float[] y = new float[batch * out];
            for (int n = 0; n < batch; n++) {
                for (int k = 0; k < out; k++) {
                    float sum = 0f;
                    for (int i = 0; i < in; i++) {
                        sum += x[n * in + i] * w[i * out + k];
                    }
                    y[n * out + k] = m.equals("bias-missing") ? sum : sum + b[k];
                }
            }
            return y;
        }

        @Override
        public DenseGradients backward(float[] x, float[] w, float[] b, float[] gradY, int batch, int in, int out) {
            float[] dx = new float[batch * in];
            for (int n = 0; n < batch; n++) {
                for (int i = 0; i < in; i++) {
                    float sum = 0f;
                    for (int k = 0; k < out; k++) {
                        sum += gradY[n * out + k] * (m.equals("dx-uses-w") ? w[k * in + i] : w[i * out + k]);
                    }
                    dx[n * in + i] = sum;
                }
            }
            float[] dw = new float[in * out];
            for (int i = 0; i < in; i++) {
                for (int k = 0; k < out; k++) {
                    float sum = 0f;
                    for (int n = 0; n < batch; n++) {
                        sum += x[n * in + i] * gradY[n * out + k];
                    }
                    dw[m.equals("dw-transposed") ? k * in + i : i * out + k] = sum;
                }
            }
            float[] db = new float[m.equals("db-wrong-axis") ? batch : out];
            for (int n = 0; n < batch; n++) {
                for (int k = 0; k < out; k++) {
                    db[m.equals("db-wrong-axis") ? n : k] += gradY[n * out + k];
                }
            }
            return new DenseGradients(dx, dw, db);
        }
    }
}
