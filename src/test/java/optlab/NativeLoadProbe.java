package optlab;

import org.nd4j.linalg.factory.Nd4j;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Loads ND4J and TensorFlow natives in the order given by args[0] and does real work with each. */
public final class NativeLoadProbe {

    public static void main(String[] args) {
        boolean tensorflowFirst = args[0].equals("tensorflow-first");
        float tf = tensorflowFirst ? tensorflow() : 0;
        double nd = nd4j();
        if (!tensorflowFirst) {
            tf = tensorflow();
        }
        System.out.println("nd4j=" + nd + " tensorflow=" + tf);
    }

    private static double nd4j() {
        return Nd4j.create(new float[] {1, 2, 3, 4}, new long[] {2, 2}).mmul(Nd4j.eye(2).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)).sumNumber().doubleValue();
    }

    private static float tensorflow() {
        try (Graph g = new Graph(); Session s = new Session(g)) {
            Ops tf = Ops.create(g);
            var sum = tf.math.add(tf.constant(4f), tf.constant(6f));
            try (var r = s.runner().fetch(sum).run()) {
                return ((TFloat32) r.get(0)).getFloat();
            }
        }
    }
}
