// Opencall branding of Camunda Welcome; the upstream defaults below are kept.
export default {
  app: {
    name: 'Welcome',
    vendor: 'Opencall'
  },
  disableWelcomeMessage: true,
};
